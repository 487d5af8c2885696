// Gives each code block of the page a button that copies its code. Without JavaScript, or without a
// clipboard, the blocks stay as they are, without a button.
(function () {
  "use strict";
  if (!navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }
  document.querySelectorAll("div.code-block").forEach(function (block) {
    var code = block.querySelector("pre > code");
    if (!code) {
      return;
    }
    var label = block.getAttribute("data-copy") || "Copy";
    var done = block.getAttribute("data-copied") || "Copied";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = label;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.textContent).then(function () {
        button.textContent = done;
        window.setTimeout(function () {
          button.textContent = label;
        }, 2000);
      });
    });
    block.insertBefore(button, block.firstChild);
  });
})();
