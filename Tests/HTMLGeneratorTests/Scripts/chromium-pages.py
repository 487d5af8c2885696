#!/usr/bin/env python3
"""Opens pages of a built site in one headless Chromium, at each width, driven through the DevTools protocol
on a pipe (no package beyond Python's own): saves a screenshot of each page at each width, and prints a
JSON line for each saying how wide the page is against its viewport, which elements stick out of it, which
images did not load, and how much of the article's body in the screenshot is not its background.

usage: chromium-pages.py CHROMIUM SITE_FOLDER SCREENSHOT_FOLDER WIDTH[,WIDTH...] PAGE...
       (each PAGE a path inside the site; screenshots are named after the page and the width)
"""
import base64
import json
import os
import signal
import subprocess
import sys
import tempfile

# The viewport's height, and the most of a page's height a screenshot shows (the whole page when shorter).
HEIGHT = 900
LONGEST = 4000


class DevTools:
    """Chromium's DevTools protocol over --remote-debugging-pipe: NUL-terminated JSON on fds 3 and 4."""

    def __init__(self, chromium, profile):
        to_chromium_read, self.to_chromium = os.pipe()
        self.from_chromium, from_chromium_write = os.pipe()
        os.set_inheritable(to_chromium_read, True)
        os.set_inheritable(from_chromium_write, True)
        # The child sees the pipes as its fds 3 and 4 (the fds it keeps are closed after this runs).
        def wire():
            os.dup2(to_chromium_read, 3)
            os.dup2(from_chromium_write, 4)
        self.process = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
             "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe", f"--user-data-dir={profile}",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, pass_fds=(3, 4))
        os.close(to_chromium_read)
        os.close(from_chromium_write)
        self.buffer, self.next_id, self.events = b"", 0, []

    def _message(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chromium, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=None, **params):
        self.next_id += 1
        request = {"id": self.next_id, "method": method, "params": params}
        if session:
            request["sessionId"] = session
        os.write(self.to_chromium, json.dumps(request).encode() + b"\0")
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, session):
        while True:
            for index, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[: index + 1]
                    return event
            self.events.append(self._message())

    def close(self):
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        self.process.wait(timeout=30)


# What sticks out of the viewport: the page's own width, and the elements whose right edge passes it.
OVERFLOW = """(() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1 && !element.closest('[hidden], details:not([open]) > :not(summary)')) {
      let inside = element.parentElement, clipped = false;
      while (inside && inside !== document.body) {
        const style = getComputedStyle(inside);
        if (style.overflowX !== 'visible' && inside.getBoundingClientRect().right <= width + 1) { clipped = true; break; }
        inside = inside.parentElement;
      }
      if (!clipped) wide.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).split(' ').join('.') : '') + ' ' + Math.round(box.right) + 'px');
    }
  }
  return JSON.stringify({scrollWidth: document.documentElement.scrollWidth, clientWidth: width, wide: wide.slice(0, 5),
    images: [...document.images].filter(image => !image.complete || image.naturalWidth === 0).map(image => image.getAttribute('src'))});
})()"""


# The share of the article's body (below its heading and date, as far as the screenshot goes) whose pixels are not
# the body's most common colour (its background), counted by the page itself on a canvas, Chromium decoding
# the PNG it made.
INKED = """(async data => {
  const image = new Image();
  image.src = 'data:image/png;base64,' + data;
  await image.decode();
  const article = document.querySelector('article').getBoundingClientRect();
  const meta = document.querySelector('article > .page-meta');
  const top = Math.ceil(meta ? meta.getBoundingClientRect().bottom : article.top);
  const left = Math.max(0, Math.floor(article.left));
  const width = Math.min(image.naturalWidth, Math.ceil(article.right)) - left;
  const height = Math.min(image.naturalHeight, Math.ceil(article.bottom)) - top;
  if (width <= 0 || height <= 0) return 0;
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = new Uint32Array(context.getImageData(left, top, width, height).data.buffer);
  const counts = new Map();
  for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) || 0) + 1);
  return Math.round(10000 * (pixels.length - Math.max(...counts.values())) / pixels.length) / 10000;
})(%s)"""


def main():
    # A page that never finishes loading fails the run rather than hanging it.
    signal.alarm(300)
    chromium, site, output, widths, pages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
    os.makedirs(output, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        tools = DevTools(chromium, profile)
        try:
            target = tools.call("Target.createTarget", url="about:blank")["targetId"]
            session = tools.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            tools.call("Page.enable", session)
            for width in (int(w) for w in widths.split(",")):
                tools.call("Emulation.setDeviceMetricsOverride", session, width=width, height=HEIGHT,
                           deviceScaleFactor=1, mobile=width < 600)
                for page in pages:
                    url = "file://" + os.path.abspath(os.path.join(site, page))
                    tools.call("Page.navigate", session, url=url)
                    tools.wait_for("Page.loadEventFired", session)
                    found = json.loads(tools.call("Runtime.evaluate", session, expression=OVERFLOW,
                                                  returnByValue=True)["result"]["value"])
                    content = tools.call("Page.getLayoutMetrics", session)["cssContentSize"]
                    clip = {"x": 0, "y": 0, "width": width, "height": min(LONGEST, max(HEIGHT, content["height"])),
                            "scale": 1}
                    shot = tools.call("Page.captureScreenshot", session, format="png", clip=clip,
                                      captureBeyondViewport=True)["data"]
                    found["inked"] = tools.call("Runtime.evaluate", session, expression=INKED % json.dumps(shot),
                                                awaitPromise=True, returnByValue=True)["result"]["value"]
                    data = base64.b64decode(shot)
                    name = page.replace("/", "-").removesuffix(".html") + f"-{width}.png"
                    with open(os.path.join(output, name), "wb") as file:
                        file.write(data)
                    found.update(page=page, width=width, screenshot=name)
                    print(json.dumps(found), flush=True)
        finally:
            tools.close()


if __name__ == "__main__":
    main()
