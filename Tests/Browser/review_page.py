"""Drives the HTML review page in headless Chromium; see review-page.sh."""
import json
import pathlib
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By

binary, work = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
downloads = work / "downloads"
article = pathlib.Path("examples/kim-lavrov.es.txt")

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
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


try:
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.get((work / "review.html").as_uri())
    data = json.loads(driver.find_element(By.ID, "enmienda-data").get_attribute("textContent"))
    findings = data["documents"][0]["findings"]
    marks = driver.find_elements(By.CSS_SELECTOR, "mark.finding")
    check(len(marks) == len(findings) == 22, f"22 highlighted findings, saw {len(marks)}")
    for mark in marks:
        check(mark.get_attribute("its-loc-quality-issue-type"), "every finding carries its ITS issue type")
    driver.save_screenshot(str(work / "review.png"))

    def index_of(matched):
        return next(i for i, f in enumerate(findings) if f["matched"] == matched)

    def open_finding(matched):
        driver.find_element(By.ID, f"f-0-{index_of(matched)}").click()

    # Accept "no talleres" with its first suggestion.
    open_finding("no talleres")
    driver.find_element(By.ID, "accept").click()
    # Choose the second suggestion for "rondas de municiones", then accept.
    open_finding("rondas de municiones")
    driver.find_element(By.ID, "choice-1").click()
    driver.find_element(By.ID, "accept").click()
    # Reject "Ministro de".
    open_finding("Ministro de")
    driver.find_element(By.ID, "reject").click()
    check(driver.find_element(By.ID, "progress").text == "3 of 22 reviewed", "progress counts three decisions")

    driver.find_element(By.ID, "show-corrected").click()
    shown = driver.find_element(By.ID, f"f-0-{index_of('rondas de municiones')}").text
    check(shown == "cartuchos", f"the corrected view shows the chosen suggestion, saw {shown!r}")
    check(driver.find_element(By.ID, f"f-0-{index_of('Ministro de')}").text == "Ministro de",
          "a rejected finding keeps the original text")
    driver.save_screenshot(str(work / "review-corrected.png"))

    driver.find_element(By.ID, "download").click()
    review = downloads / "kim-lavrov.es.txt.review.xml"
    for _ in range(100):
        if review.exists() and review.stat().st_size > 0:
            break
        time.sleep(0.1)
    check(review.exists(), "the review was downloaded")
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
print(f"review-page: {checks} checks passed; screenshots in {work}/review.png and review-corrected.png")
