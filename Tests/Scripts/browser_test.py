#!/usr/bin/env python3
"""Real-browser test of `dyad serve`: headless Chromium driven by Selenium.

  python3 Tests/Scripts/browser_test.py [DYAD_BINARY]     # default .build/debug/dyad

1. Extracts the bundled wire corpus into a graph (several dates), serves it, and in the page:
   loads it, searches an actor by an alias, focuses on it, opens the evidence card of a line,
   runs a path query, moves the time slider, compares two dates; saves docs/serve-screenshot.png.
   Every API answer seen is checked against Schemas/serve.schema.json.
2. Serves a graph whose actor names, aliases, document titles, sources and sentences hold
   <script>, onerror=, javascript: and quotes, does the same clicks, and checks that the marker
   the payloads would set on `window` was never set and no dialog opened.
Exit status 0 when every check passes.
"""
import json
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "docs" / "serve-screenshot.png"
HOSTILE = "<script>window.__dyadXSS=1</script><img src=x onerror=\"window.__dyadXSS=1\"> javascript:window.__dyadXSS=1 'q' \"qq\""
CHECKS = []


def check(condition, what):
    CHECKS.append(what)
    if not condition:
        raise AssertionError(what)
    print("  ok:", what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`dyad serve GRAPH` on a free loopback port, stopped on exit."""

    def __init__(self, dyad, graph):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d/" % self.port
        self.process = subprocess.Popen(
            [dyad, "serve", graph, "--port", str(self.port), "--rate-limit", "500"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("dyad serve exited: " + self.process.stderr.read())
            try:
                urllib.request.urlopen(self.url + "api/graph", timeout=2).read()
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("dyad serve did not answer within 60 s")

    def get(self, path):
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.loads(response.read())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def validator():
    from jsonschema import Draft202012Validator
    schema = json.loads((ROOT / "Schemas" / "serve.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1500,950",
                     "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    service = webdriver.ChromeService(executable_path=driver_path) if os.path.exists(driver_path) else None
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=service) if service else webdriver.Chrome(options=options)


def wait_ready(driver, view=None, timeout=60):
    """Waits until the diagram is drawn (and shows `view`: view, path or diff)."""
    def drawn(d):
        box = d.find_element(By.ID, "diagram")
        if box.get_attribute("data-state") == "error":
            raise AssertionError("the page shows an error: " + d.find_element(By.ID, "status").text)
        return box.get_attribute("data-state") == "ready" and (view is None or box.get_attribute("data-view") == view) \
            and len(box.find_elements(By.CSS_SELECTOR, "svg g.node")) > 0
    WebDriverWait(driver, timeout).until(drawn)


def click_first_edge(driver):
    """Clicks the first relation line of the diagram (its path, as a user would)."""
    edge = driver.find_element(By.CSS_SELECTOR, "#diagram svg g.edge path")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)


def no_policy_violations(driver, label):
    """Checks the console for Content-Security-Policy reports and script errors."""
    messages = [entry["message"] for entry in driver.get_log("browser")]
    violations = [m for m in messages if "Content Security Policy" in m or "Uncaught" in m]
    check(not violations, label + ": no Content-Security-Policy violation or script error in the console"
          + ("" if not violations else ": " + violations[0]))


def no_dialog(driver):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        return "dialog opened: " + text
    except NoAlertPresentException:
        return None


def explore(driver, server, search, focus_id, path_from, path_to, diff, label):
    """The clicks of one session; returns nothing, raises on a failed check."""
    driver.get(server.url)
    wait_ready(driver)
    check(driver.find_element(By.ID, "graph-counts").text != "", label + ": the page loads and shows the graph's counts")
    nodes = driver.find_elements(By.CSS_SELECTOR, "#diagram svg g.node")
    check(len(nodes) > 1, label + ": the diagram is drawn (%d actors)" % len(nodes))
    legend = driver.find_element(By.ID, "diagram").text
    check("Relations" in legend or "hostility" in legend or "alliance" in legend, label + ": the legend is drawn")

    # Search by an alias, then focus on the result.
    box = driver.find_element(By.ID, "search")
    box.clear()
    box.send_keys(search)
    result = WebDriverWait(driver, 20).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "#search-results button.result[data-actor='%s']" % focus_id)))
    check(True, label + ": searching %r lists actor %s" % (search, focus_id))
    result.click()
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "focus-name").text not in ("", "whole graph"))
    wait_ready(driver, "view")
    focus_name = driver.find_element(By.ID, "focus-name").text
    check(True, label + ": focus on %r draws its neighbourhood" % focus_name)
    Select = __import__("selenium.webdriver.support.select", fromlist=["Select"]).Select
    Select(driver.find_element(By.ID, "hops")).select_by_visible_text("2")
    wait_ready(driver, "view")
    check(True, label + ": two hops around the focus")

    # Open the evidence card of a relation.
    click_first_edge(driver)
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "evidence-card").is_displayed()
                                    and d.find_elements(By.CSS_SELECTOR, "#card-evidence li.evidence-item"))
    items = driver.find_elements(By.CSS_SELECTOR, "#card-evidence li.evidence-item")
    meta = items[0].find_element(By.CSS_SELECTOR, ".meta").text
    check("rule " in meta and "document " in meta, label + ": the evidence card lists %d sentence(s) with date, document, modality and rule"
          % len(items))

    # A path query, highlighted in the diagram.
    for field, value in (("path-from", path_from), ("path-to", path_to)):
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    driver.find_element(By.ID, "path-run").click()
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#path-results li.path"))
    wait_ready(driver, "path")
    chain = driver.find_element(By.CSS_SELECTOR, "#path-results li.path .chain").text
    check(bool(chain), label + ": the path panel explains %r and the diagram highlights it" % chain)
    driver.find_element(By.ID, "back-to-view").click()
    wait_ready(driver, "view")

    # Clear the focus, then move the time slider: the diagram follows.
    driver.find_element(By.ID, "focus-clear").click()
    wait_ready(driver, "view")
    before = driver.find_element(By.ID, "diagram").get_attribute("data-relations")
    slider = driver.find_element(By.ID, "range-to")
    bins = int(slider.get_attribute("max"))
    if bins > 0:
        slider.click()
        for _ in range(max(1, bins // 2 + 1)):
            slider.send_keys(Keys.ARROW_LEFT)
        WebDriverWait(driver, 20).until(lambda d: d.find_element(By.ID, "range-label").text != "all dates")
        time.sleep(0.5)
        wait_ready(driver, "view")
        after = driver.find_element(By.ID, "diagram").get_attribute("data-relations")
        check(True, label + ": moving the slider to %r redraws the diagram (%s → %s relations)"
              % (driver.find_element(By.ID, "range-label").text, before, after))
        driver.find_element(By.CSS_SELECTOR, "input[name=time-mode][value=asof]").click()
        time.sleep(0.5)
        wait_ready(driver, "view")
        check(driver.find_element(By.ID, "range-label").text.startswith("as of"), label + ": the as-of view follows the slider")

    # Compare two dates.
    for field, value in (("diff-from", diff[0]), ("diff-to", diff[1])):
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    driver.find_element(By.ID, "diff-run").click()
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "diff-counts").text != "")
    wait_ready(driver, "diff")
    changes = driver.find_elements(By.CSS_SELECTOR, "#diff-results li.change")
    check(len(changes) > 0, label + ": comparing %s and %s lists %d change(s) and draws them" % (diff[0], diff[1], len(changes)))
    no_policy_violations(driver, label)


def check_schema(server, validate, actor, other, dates):
    paths = ["api/graph", "api/timeline", "api/actors?q=" + urllib.request.quote(actor), "api/diagram",
             "api/diagram?focus=" + urllib.request.quote(actor),
             "api/path?from=%s&to=%s&k=3" % (urllib.request.quote(actor), urllib.request.quote(other)),
             "api/diff?from=%s&to=%s" % dates]
    for path in paths:
        validate.validate(server.get(path))
    try:
        urllib.request.urlopen(server.url + "api/diagram?hops=99", timeout=10)
    except urllib.error.HTTPError as error:
        validate.validate(json.loads(error.read()))
    check(True, "every API answer validates against Schemas/serve.schema.json (%d answers)" % (len(paths) + 1))


def hostile_graph(path):
    documents = [
        {"id": "h1", "title": HOSTILE, "source": "javascript:window.__dyadXSS=1", "published": "2024-05-01"},
        {"id": "h2", "title": "Quotes ' \" & <b>bold</b>", "source": "https://example.org/h2", "published": "2024-06-01"},
    ]

    def evidence(document, sentence, date, modality="asserted"):
        return {"document": document, "sentence": sentence, "rule": "rule\"><script>window.__dyadXSS=1</script>",
                "modality": modality, "date": date, "attributedTo": "<img src=x onerror=window.__dyadXSS=1>"}

    actors = [
        {"id": "evil", "name": HOSTILE, "kind": "armed-group", "aliases": ["Payload Front", "\"><svg onload=window.__dyadXSS=1>"]},
        {"id": "alpha", "name": "Alpha <i>State</i>", "kind": "state", "aliases": ["javascript:window.__dyadXSS=1"]},
        {"id": "beta", "name": "Beta ' onmouseover='window.__dyadXSS=1", "kind": "state", "aliases": []},
        {"id": "gamma", "name": "Gamma", "kind": "organisation", "aliases": []},
    ]
    relations = [
        {"source": "alpha", "type": "hostility", "target": "evil", "evidence": [evidence("h1", HOSTILE, "2024-05-01")]},
        {"source": "evil", "type": "proxy", "target": "beta", "evidence": [evidence("h1", "The front is <b>armed</b> by Beta.", "2024-05-01")]},
        {"source": "beta", "type": "alliance", "target": "gamma",
         "evidence": [evidence("h2", "Gamma & Beta \"allied\" <script>window.__dyadXSS=1</script>", "2024-06-01")]},
        {"source": "alpha", "type": "agreement", "target": "gamma",
         "evidence": [evidence("h2", "Alpha may sign with Gamma onerror=window.__dyadXSS=1", "2024-06-01", "hedged")]},
    ]
    pathlib.Path(path).write_text(json.dumps({"version": 1, "documents": documents, "actors": actors, "relations": relations}),
                                  encoding="utf-8")


def main(argv):
    dyad = str(pathlib.Path(argv[1] if len(argv) > 1 else ROOT / ".build" / "debug" / "dyad").resolve())
    work = pathlib.Path(tempfile.mkdtemp(prefix="dyad-browser-"))
    graph = work / "wire.json"
    subprocess.run([dyad, "extract", "--jsonl", str(ROOT / "Samples" / "corpus" / "wire-sample.jsonl"), "-o", str(graph)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    hostile = work / "hostile.json"
    hostile_graph(hostile)
    validate = validator()
    driver = browser()
    servers = []
    try:
        print("browser test: the wire sample")
        server = Server(dyad, str(graph))
        servers.append(server)
        summary = server.get("api/graph")
        check(summary["relations"] > 5, "the wire sample has %d relations over %s to %s"
              % (summary["relations"], summary.get("firstDate"), summary.get("lastDate")))
        explore(driver, server, "Tehran", "iran", "Hezbollah", "Pakistan", ("2023-06-30", "2024-06-30"), "wire sample")
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        # The screenshot shows the focused view over all dates with an evidence card open.
        driver.find_element(By.CSS_SELECTOR, "input[name=time-mode][value=between]").click()
        driver.find_element(By.ID, "time-reset").click()
        wait_ready(driver)
        driver.find_element(By.ID, "search").clear()
        driver.find_element(By.ID, "search").send_keys("Tehran")
        WebDriverWait(driver, 20).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#search-results button.result"))).click()
        WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "view-title").text.startswith("Around"))
        wait_ready(driver, "view")
        click_first_edge(driver)
        WebDriverWait(driver, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#card-evidence li.evidence-item"))
        time.sleep(0.3)
        driver.save_screenshot(str(SCREENSHOT))
        check(SCREENSHOT.stat().st_size > 10000, "screenshot saved to %s" % SCREENSHOT.relative_to(ROOT))
        check_schema(server, validate, "Iran", "Hezbollah", ("2023-06-30", "2024-06-30"))
        server.stop()

        print("browser test: hostile names and sentences")
        server = Server(dyad, str(hostile))
        servers.append(server)
        explore(driver, server, "Payload", "evil", "Payload Front", "Gamma", ("2024-05-15", "2024-06-15"), "hostile graph")
        marker = driver.execute_script("return window.__dyadXSS === undefined ? null : String(window.__dyadXSS)")
        check(marker is None, "no payload ran: window.__dyadXSS is not set")
        check(no_dialog(driver) is None, "no dialog opened")
        injected = driver.execute_script(
            "return document.querySelectorAll('#diagram script, #diagram foreignObject, img, iframe, [onerror], [onload], [onmouseover]').length")
        check(injected == 0, "no script, image, frame or event handler reached the page's DOM")
        card_text = driver.find_element(By.ID, "evidence-card").text
        check("<" in card_text or "&" in card_text, "hostile text is shown as text in the evidence card")
        server.stop()
    finally:
        for server in servers:
            if server.process.poll() is None:
                server.stop()
        driver.quit()
        shutil.rmtree(work, ignore_errors=True)
    print("browser test: %d checks passed" % len(CHECKS))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except (AssertionError, TimeoutException, WebDriverException, RuntimeError) as error:
        print("browser test FAILED:", type(error).__name__, error, file=sys.stderr)
        sys.exit(1)
