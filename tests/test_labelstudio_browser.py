"""End to end in a real browser: label spans in Label Studio's page, submit, pull.

This is where the offsets of the web page were measured: the text has a non-ASCII
letter (Türkiye), characters outside the Basic Multilingual Plane (🚚, 𝔘, 😀) and line
breaks, and the page's region offsets turn out to be code points, as in the corpus.
"""

from __future__ import annotations

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.action_builder import ActionBuilder
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from annotate.corpus import Corpus
from annotate.labelstudio.server import LocalServer
from annotate.labelstudio.sync import pull, push

pytest_plugins = ["labelstudio_fixtures", "browser_fixtures"]
pytestmark = [pytest.mark.labelstudio, pytest.mark.browser]

WAIT = 60

# The viewport centre of the nth occurrence of a word within the nth rendered line,
# or of its first and last character when asked for the ends.
LOCATE = """
const [lineNumber, word, nth, ends] = arguments;
const line = document.querySelectorAll('.lsf-richtext__line')[lineNumber];
const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
let seen = 0, node;
const centre = (node, from, to) => {
  const range = document.createRange(); range.setStart(node, from); range.setEnd(node, to);
  const box = range.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2, box.left, box.right];
};
while ((node = walker.nextNode())) {
  for (let at = node.data.indexOf(word); at >= 0; at = node.data.indexOf(word, at + 1)) {
    if (seen++ !== nth) continue;
    if (!ends) return centre(node, at, at + word.length);
    return [centre(node, at, at + 1), centre(node, at + word.length - 1, at + word.length)];
  }
}
return null;
"""


def log_in(browser, server, login=None):
    login = login or server.login()
    browser.delete_all_cookies()  # whoever was logged in before
    browser.get(f"{server.url}/user/login/")
    browser.find_element(By.NAME, "email").send_keys(login.email)
    browser.find_element(By.NAME, "password").send_keys(login.password)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, WAIT).until(lambda driver: "/user/login" not in driver.current_url)


def choose_label(browser, label):
    browser.find_element(By.XPATH, f"//span[contains(@class, 'lsf-label__text') and text()='{label}']").click()


def double_click_word(browser, line, word, nth=0):
    x, y, _, _ = browser.execute_script(LOCATE, line, word, nth, False)
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(x), int(y)).double_click()
    actions.perform()


def drag_over(browser, line, words, nth=0):
    (_, y, left, _), (_, _, _, right) = browser.execute_script(LOCATE, line, words, nth, True)
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(left) + 1, int(y)).pointer_down()
    actions.pointer_action.move_to_location(int(right) - 1, int(y)).pointer_up()
    actions.perform()


def test_a_span_labelled_in_the_page_comes_back_at_code_point_offsets(
        browser, studio_server, studio, unicode_corpus):
    report = push(unicode_corpus, studio)
    document = Corpus.open(unicode_corpus).get("unicode")
    text = document.text
    task = next(t for t in studio.tasks(report.project, with_annotations=False) if t["data"]["doc_id"] == "unicode")

    log_in(browser, studio_server)
    browser.get(f"{studio_server.url}/projects/{report.project}/data?task={task['id']}")
    WebDriverWait(browser, WAIT).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".lsf-richtext__line .htx-highlight")))
    shown = sorted(h.text for h in browser.find_elements(By.CSS_SELECTOR, ".lsf-richtext__line .htx-highlight"))
    assert shown == sorted(s.text for s in document.predictions()), "predictions are shown where the corpus has them"

    choose_label(browser, "GPE")
    double_click_word(browser, 1, "Türkiye")
    choose_label(browser, "GPE")
    double_click_word(browser, 3, "Almaty")
    choose_label(browser, "QUANTITY")
    drag_over(browser, 1, "5 million tonnes")
    ActionChains(browser).pause(0.5).perform()
    browser.find_element(By.XPATH, "//button[normalize-space()='Submit']").click()

    deadline = time.monotonic() + WAIT
    while not (annotations := next(t for t in studio.tasks(report.project, with_annotations=True)
                                   if t["id"] == task["id"])["annotations"]):
        assert time.monotonic() < deadline, "the submitted annotation never reached the server"
        time.sleep(0.5)
    drawn = {r["value"]["text"]: (r["value"]["start"], r["value"]["end"])
             for r in annotations[0]["result"] if r.get("origin") != "prediction"}
    almaty = text.index("Almaty")
    assert drawn["Almaty"] == (almaty, almaty + 6)
    assert len(text[:almaty].encode("utf-16-le")) // 2 == almaty + 3, "UTF-16 would count three more"

    pulled = pull(unicode_corpus, studio)
    assert pulled.problems == []
    second_turkiye = text.index("Türkiye", text.index("Türkiye") + 1)
    tonnes = text.index("5 million tonnes")
    expected = sorted([(s.start, s.end, s.label) for s in document.predictions()] + [
        (second_turkiye, second_turkiye + 7, "GPE"),
        (almaty, almaty + 6, "GPE"),
        (tonnes, tonnes + len("5 million tonnes"), "QUANTITY"),
    ])
    stored = Corpus.open(unicode_corpus).get("unicode").annotations(studio_server.login().email)
    assert sorted((s.start, s.end, s.label) for s in stored) == expected
    assert all(s.text == text[s.start:s.end] for s in stored)
    quantity = next(s for s in stored if s.label == "QUANTITY")
    assert quantity.attrs["value"] == 5_000_000 and quantity.attrs["unit"] == "tonne"


def test_an_annotator_gets_the_predictions_in_the_label_stream(browser, studio_server, studio, unicode_corpus):
    """The label stream shows only predictions of the project's model version, which push sets."""
    report = push(unicode_corpus, studio, annotators_per_task=2)
    login, _ = LocalServer(studio_server.data_dir).add_annotator("stream@example.com")
    log_in(browser, studio_server, login)
    browser.get(f"{studio_server.url}/projects/{report.project}/data?labeling=1")
    WebDriverWait(browser, WAIT).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".lsf-richtext__line .htx-highlight")))
    shown = sorted(h.text for h in browser.find_elements(By.CSS_SELECTOR, ".lsf-richtext__line .htx-highlight"))
    predicted = sorted(s.text for s in Corpus.open(unicode_corpus).get("unicode").predictions())
    assert shown == predicted
