"""Drives the HTML review page in headless Chromium; see review-page.sh.

Every review the page's script writes is validated with xmllint against
glossaries/corrections.xsd, the schema that the library embeds and that its own writer
(`enmienda check --format xml`) is tested against, and then read back by the library
through `enmienda apply`.
"""
import json
import pathlib
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By

binary, work = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]).resolve()
downloads = work / "downloads"
article = pathlib.Path("examples/kim-lavrov.es.txt")
schema = pathlib.Path("glossaries/corrections.xsd").resolve()

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1400,1000"):
    options.add_argument(argument)
options.add_experimental_option("prefs", {
    "download.default_directory": str(downloads), "download.prompt_for_download": False})
driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path="/usr/bin/chromedriver"), options=options)
checks = 0


def check(condition, message):
    global checks
    if not condition:
        driver.quit()
        sys.exit(f"review-page: FAILED: {message}")
    checks += 1


def open_page(page):
    driver.get(page.as_uri())
    return json.loads(driver.find_element(By.ID, "enmienda-data").get_attribute("textContent"))


def open_finding(findings, matched, document=0):
    index = next(i for i, f in enumerate(findings) if f["matched"] == matched)
    driver.find_element(By.ID, f"f-{document}-{index}").click()
    return index


def download(name):
    """Clicks "Download review", waits for the file, and validates it against the schema."""
    review = downloads / name
    review.unlink(missing_ok=True)
    driver.find_element(By.ID, "download").click()
    for _ in range(100):
        if review.exists() and review.stat().st_size > 0:
            break
        time.sleep(0.1)
    check(review.exists(), f"the review {name} was downloaded")
    lint = subprocess.run(["xmllint", "--noout", "--schema", str(schema), str(review)], capture_output=True, text=True)
    check(lint.returncode == 0, f"the page's review {name} is valid against {schema.name}:\n{lint.stderr}")
    return review


def progress():
    return driver.find_element(By.ID, "progress").text


def reopen(page, expected):
    """Opens `page` again until its progress reads `expected` (at most about 5 s) and
    returns its data: Chromium stores a page's localStorage writes in another process, and
    under load a reload that comes at once could read them before they land there."""
    for _ in range(20):
        data = open_page(page)
        if progress() == expected:
            break
        time.sleep(0.25)
    return data


def shown(document, index):
    return driver.find_element(By.ID, f"f-{document}-{index}").text


def fits_the_width(what):
    """The page does not scroll sideways, and the decision buttons are on screen."""
    width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    check(width[0] <= width[1], f"{what}: no horizontal scrolling at phone width, scrollWidth {width[0]} > {width[1]}")
    marks = (driver.find_elements(By.CSS_SELECTOR, "mark.finding:not(.accepted):not(.rejected)")
             or driver.find_elements(By.CSS_SELECTOR, "mark.finding"))
    mark = marks[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    mark.click()
    box = driver.execute_script(
        "var r = document.getElementById('accept').getBoundingClientRect();"
        "return [r.left, r.top, r.right, r.bottom, window.innerWidth, window.innerHeight]")
    check(0 <= box[0] and box[2] <= box[4] and 0 <= box[1] and box[3] <= box[5],
          f"{what}: the Accept button is on screen at phone width, saw {box}")


def spliced(text, findings, replacements):
    """`text` with each finding's UTF-8 bytes replaced by `replacements[i]` (None: left alone)."""
    data = text.encode("utf-8")
    for finding, replacement in sorted(zip(findings, replacements), key=lambda p: -p[0]["byteOffset"]):
        if replacement is not None:
            start = finding["byteOffset"]
            data = data[:start] + replacement.encode("utf-8") + data[start + finding["byteLength"]:]
    return data.decode("utf-8")


try:
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})

    # The example article: accept two findings (one with its second suggestion), reject one.
    data = open_page(work / "review.html")
    findings = data["documents"][0]["findings"]
    marks = driver.find_elements(By.CSS_SELECTOR, "mark.finding")
    check(len(marks) == len(findings) == 22, f"22 highlighted findings, saw {len(marks)}")
    for mark in marks:
        check(mark.get_attribute("its-loc-quality-issue-type"), "every finding carries its ITS issue type")
    driver.save_screenshot(str(work / "review.png"))

    open_finding(findings, "no talleres")
    driver.find_element(By.ID, "accept").click()
    rounds = open_finding(findings, "rondas de municiones")
    driver.find_element(By.ID, "choice-1").click()
    driver.find_element(By.ID, "accept").click()
    minister = open_finding(findings, "Ministro de")
    driver.find_element(By.ID, "reject").click()
    check(driver.find_element(By.ID, "progress").text == "3 of 22 reviewed", "progress counts three decisions")

    driver.find_element(By.ID, "show-corrected").click()
    check(shown(0, rounds) == "cartuchos", f"the corrected view shows the chosen suggestion, saw {shown(0, rounds)!r}")
    check(shown(0, minister) == "Ministro de", "a rejected finding keeps the original text")
    pending = [i for i, f in enumerate(findings) if f["matched"] not in ("no talleres", "rondas de municiones", "Ministro de")]
    undecided = [shown(0, i) for i in pending]
    check(undecided == [findings[i]["matched"] for i in pending],
          f"the corrected view leaves undecided findings as they are, saw {undecided}")
    driver.save_screenshot(str(work / "review-corrected.png"))
    review = download("kim-lavrov.es.txt.review.xml")

    # A reload of the same page restores the decisions and the chosen suggestion.
    downloaded = review.read_bytes()
    reopen(work / "review.html", "3 of 22 reviewed")
    check(progress() == "3 of 22 reviewed", f"the decisions survive a reload, saw {progress()!r}")
    check("accepted" in driver.find_element(By.ID, f"f-0-{rounds}").get_attribute("class"),
          "an accepted finding is still accepted after a reload")
    check("rejected" in driver.find_element(By.ID, f"f-0-{minister}").get_attribute("class"),
          "a rejected finding is still rejected after a reload")
    driver.find_element(By.ID, "show-corrected").click()
    check(shown(0, rounds) == "cartuchos", f"the chosen suggestion survives a reload, saw {shown(0, rounds)!r}")
    reloaded = download("kim-lavrov.es.txt.review.xml")
    check(reloaded.read_bytes() == downloaded, "the review downloaded after a reload is the same")

    # At phone width the page does not scroll sideways and the panel stays within reach.
    driver.set_window_size(375, 800)
    open_page(work / "review.html")
    fits_the_width("the example article")
    driver.find_element(By.ID, "accept").click()
    check(progress() == "4 of 22 reviewed", f"a finding is accepted at phone width, saw {progress()!r}")
    driver.save_screenshot(str(work / "review-phone.png"))

    # "Clear decisions" forgets them, for good.
    driver.find_element(By.ID, "clear-decisions").click()
    driver.switch_to.alert.accept()
    check(progress() == "0 of 22 reviewed", f"Clear decisions clears them, saw {progress()!r}")
    reopen(work / "review.html", "0 of 22 reviewed")
    check(progress() == "0 of 22 reviewed", f"cleared decisions stay cleared after a reload, saw {progress()!r}")
    driver.set_window_size(1400, 1000)

    # Two articles whose names, line breaks, byte-order mark and tab the review must carry
    # through XML escaping; one correction typed by the reviewer with XML's special characters.
    hostile = work / "hostile"
    hostile.mkdir()
    names = ['nota "a&b" <1>.txt', "b.txt"]
    texts = ["\ufeffLas demandas son\r\nno talleres, dijo.\r\nDesplegó\t12,000 tropas.\r\n",
             "Enviaron millones de rondas de municiones.\n"]
    for name, text in zip(names, texts):
        (hostile / name).write_bytes(text.encode("utf-8"))
    paths = [f"hostile/{name}" for name in names]
    result = subprocess.run([binary, "check", "--format", "html", "-o", "hostile.html"] + paths, cwd=work)
    check(result.returncode == 1, f"check found mistakes in the hostile articles (exit {result.returncode})")
    data = open_page(work / "hostile.html")
    documents = [document["findings"] for document in data["documents"]]
    check([len(d) for d in documents] == [2, 1], f"2 and 1 findings, saw {[len(d) for d in documents]}")
    check(progress() == "0 of 3 reviewed", f"another report does not inherit decisions, saw {progress()!r}")
    typed = '"inviables" & <nada>'
    driver.find_element(By.ID, "accept-all").click()
    open_finding(documents[0], "no talleres")
    driver.find_element(By.ID, "custom").send_keys(typed)
    open_finding(documents[1], "rondas de municiones", document=1)
    driver.find_element(By.ID, "reject").click()
    hostile_review = download("enmienda.review.xml")
    # A typed correction survives a reload too.
    reopen(work / "hostile.html", "3 of 3 reviewed")
    check(progress() == "3 of 3 reviewed", f"the hostile page's decisions survive a reload, saw {progress()!r}")
    open_finding(documents[0], "no talleres")
    value = driver.find_element(By.ID, "custom").get_attribute("value")
    check(value == typed, f"a typed correction survives a reload, saw {value!r}")
    driver.set_window_size(375, 800)
    open_page(work / "hostile.html")
    fits_the_width("articles with a hostile name")
    driver.set_window_size(1400, 1000)

    # A bilingual file: source and target side by side; a typed correction with XML's
    # special characters lands escaped in the target, around its inline tag.
    xliff = (work / "news.xlf")
    xliff.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        ' <file source-language="en" target-language="es" datatype="plaintext" original="n.txt"><body>\n'
        '  <trans-unit id="a"><source>Those are non-starters.</source><target>Son no <g id="1">talleres</g>.</target></trans-unit>\n'
        '  <trans-unit id="b"><source>It will take place.</source><target>Eso tomará lugar.</target></trans-unit>\n'
        ' </body></file>\n</xliff>\n', encoding="utf-8")
    result = subprocess.run([binary, "check", "--format", "html", "-o", "news.html", "news.xlf"], cwd=work)
    check(result.returncode == 1, f"check found mistakes in the XLIFF file (exit {result.returncode})")
    data = open_page(work / "news.html")
    bilingual = data["documents"][0]["findings"]
    rows = driver.find_elements(By.CSS_SELECTOR, "table.bitext tbody tr")
    check(len(rows) == 2, f"one row per segment with findings, saw {len(rows)}")
    check(rows[0].find_element(By.CSS_SELECTOR, "td.source").text == "Those are non-starters.",
          "the source segment is shown beside the target")
    check(rows[0].find_element(By.CSS_SELECTOR, "td.target").text == "Son no talleres.",
          "the target is shown as text, its inline tag left out")
    driver.find_element(By.ID, "accept-all").click()
    open_finding(bilingual, "no talleres")
    driver.find_element(By.ID, "custom").send_keys('"inviables" & <nada>')
    bilingual_review = download("news.xlf.review.xml")
    driver.set_window_size(375, 800)
    open_page(work / "news.html")
    fits_the_width("an XLIFF file's segments")
finally:
    driver.quit()

corrected = work / "corrected.txt"
subprocess.run([binary, "apply", str(review), "-o", str(corrected)], check=True)
expected = article.read_text(encoding="utf-8")
for old, new in (("no talleres", "inviables"), ("rondas de municiones", "cartuchos")):
    check(expected.count(old) == 1, f"{old!r} occurs once in the article")
    expected = expected.replace(old, new)
check(corrected.read_text(encoding="utf-8") == expected,
      "enmienda apply wrote exactly the two accepted corrections")
# From the downloads folder, the review finds its article by the absolute path the page recorded.
anywhere = work / "corrected-from-downloads.txt"
subprocess.run([binary, "apply", review.name, "-o", str(anywhere)], cwd=downloads, check=True)
check(anywhere.read_text(encoding="utf-8") == expected, "enmienda apply works from the downloads folder")

subprocess.run([binary, "apply", str(hostile_review), "--in-place"], cwd=work, check=True)
replacements = [[typed if f["matched"] == "no talleres" else f["suggestions"][0] for f in documents[0]], [None]]
for path, text, findings, chosen in zip(paths, texts, documents, replacements):
    after = (work / path).read_bytes().decode("utf-8")
    check(after == spliced(text, findings, chosen), f"enmienda apply wrote the reviewed {path}, saw {after!r}")
subprocess.run([binary, "apply", str(bilingual_review), "--in-place"], cwd=work, check=True)
after = (work / "news.xlf").read_text(encoding="utf-8")
check('<target>Son <g id="1">"inviables" &amp; &lt;nada&gt;</g>.</target>' in after,
      f"apply wrote the typed correction escaped, around the inline tag, saw {after!r}")
check("<target>Eso tendrá lugar.</target>" in after and "<source>It will take place.</source>" in after,
      "apply corrected the other target and left the source alone")
print(f"review-page: {checks} checks passed; screenshots in {work}/review.png and review-corrected.png")
