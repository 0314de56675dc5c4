/// The page at `GET /`: a form that posts a pasted text to `/` and gets its review page.
enum ReviewForm {
    static let page = """
        <!DOCTYPE html>
        <html lang="es">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Enmienda</title>
        <style>
        body { font-family: system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
        textarea { width: 100%; min-height: 16rem; font: inherit; }
        </style>
        </head>
        <body>
        <h1>Enmienda</h1>
        <p>Paste a machine-translated Spanish text to review its known mistranslations.</p>
        <form method="post" action="/" accept-charset="utf-8">
        <textarea name="text" required="required" autofocus="autofocus"></textarea>
        <p><button type="submit">Review</button></p>
        </form>
        <p>LanguageTool clients: <code>/v2/check</code>, <code>/v2/languages</code>.
        Also <code>/enmienda/fix</code>, <code>/health</code>, <code>/metrics</code>.</p>
        </body>
        </html>

        """
}
