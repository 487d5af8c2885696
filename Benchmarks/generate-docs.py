#!/usr/bin/env python3
"""Writes a deterministic, realistic DocFX doc set for benchmarks.

usage: generate-docs.py OUTPUT_DIR PAGES [ROWS_MIN ROWS_MAX]
       CATALOG_PAGES=GLOB generate-docs.py ...   (the catalog's pages; default every page, "errors-*.md")
       PROSE_SECTIONS=N generate-docs.py ...     (N sections of prose after the table; default 0)

Each page exists in en-US and ja-JP: front matter, <a name> heading anchors, alerts, and a blockquoted
mx-tableFixed pipe table of ROWS_MIN to ROWS_MAX rows whose cells hold <br />, bold, code and links; plus a
doccatalog.yml naming the catalog. The Japanese rows keep their source's messages, code and link targets,
as translations do. With PROSE_SECTIONS, each page also has that many troubleshooting sections, as most
real pages do beside their tables: paragraphs with inline code and links, a bulleted list, numbered
steps, a fenced PowerShell block and a tip. The same arguments always give the same bytes.
"""
import os
import random
import sys

WORDS = ("connector token tenant refresh grant expired request server returned unauthorized forbidden "
         "timeout account license audit logging permission instance process reconnect settings").split()
JA = "接続 トークン テナント 更新 期限 要求 サーバー 認証 禁止 タイムアウト アカウント ライセンス 監査 ログ 権限 設定".split()
APPS = ["Box", "Okta", "Office 365", "Salesforce", "ServiceNow", "Workday", "G Suite", "AWS"]


def sentence(rng, words, count):
    return " ".join(rng.choice(words) for _ in range(count))


def page(rng, locale, index, rows):
    ja = locale == "ja-JP"
    words = JA if ja else WORDS
    out = [
        "---",
        f"title: Errors {index} - {sentence(rng, words, 4)}",
        f"description: {sentence(rng, words, 14)}",
        "author: writer",
        f"ms.date: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024",
        f"ms.contentlocale: {locale}",
    ]
    if ja:
        out.append("ms.translationtype: MT")
    out += ["---", f'# <a name="errors-{index}"></a>{sentence(rng, words, 5)}', "",
            sentence(rng, words, 40), "", "> [!NOTE]", f"> {sentence(rng, words, 20)}", "",
            f'## <a name="table-{index}"></a>{sentence(rng, words, 2)}', "",
            '> [!div class="mx-tableFixed"]', ">",
            "> |Error message|Relevant app|Description|Resolution|" if not ja else "> |エラー メッセージ|関連するアプリ|説明|解決方法|",
            "> |----|----|----|------------|"]
    for row in range(rows):
        # What a translation keeps as it is (the message, code, link targets) comes from a generator of the
        # row's own, the same in every locale: the page's generator draws differently in each, since
        # choosing among the Japanese words takes a different number of random bits than among the English.
        kept = random.Random(index * 1_000_003 + row)
        message = f"HttpRequestFailure{index}x{row}: Server returned: {kept.randint(400, 599)} {sentence(kept, WORDS, 3)}"
        app = APPS[row % len(APPS)]
        description = f"{sentence(rng, words, 12)}<br />**{sentence(rng, words, 2)}** `{kept.choice(WORDS)}`"
        resolution = f"{sentence(rng, words, 10)} [{sentence(rng, words, 2)}](other-{kept.randint(0, 99)}.md#step-{row})"
        out.append(f"> |{message}|{app}|{description}|{resolution}|")
    out.append("")
    for section in range(PROSE_SECTIONS):
        out += prose(rng, words, index, section)
    out += ["## Next steps", "", '> [!div class="nextstepaction"]', "> [Next](overview.md)", ""]
    return "\n".join(out)


def prose(rng, words, index, section):
    """One troubleshooting section: what is seen, why, and the steps that fix it."""
    def linked():
        return f"[{sentence(rng, words, 3)}](other-{rng.randint(0, 99)}.md#{rng.choice(WORDS)}-{section})"
    steps = [f"{number}. {sentence(rng, words, 9)} `{rng.choice(WORDS)}-{number}` {sentence(rng, words, 6)} "
             f"**{sentence(rng, words, 2)}**." for number in range(1, rng.randint(4, 7) + 1)]
    return [
        f'## <a name="section-{index}-{section}"></a>{sentence(rng, words, 4)}', "",
        f"{sentence(rng, words, 30)} `{rng.choice(WORDS)}` {sentence(rng, words, 25)} {linked()}.", "",
        f"{sentence(rng, words, 35)} *{sentence(rng, words, 3)}* {sentence(rng, words, 20)}.", "",
    ] + [f"- {sentence(rng, words, 12)} {linked()}" for _ in range(rng.randint(3, 5))] + [""] + steps + [
        "", "```powershell",
        f'Get-{rng.choice(WORDS).title()}Setting -Name "{rng.choice(WORDS)}{index}" | Format-List',
        f"Set-{rng.choice(WORDS).title()}Setting -Value {rng.randint(1, 9999)} -Force",
        "```", "", "> [!TIP]", f"> {sentence(rng, words, 18)}", "",
    ]


PROSE_SECTIONS = int(os.environ.get("PROSE_SECTIONS", "0"))


def main():
    folder, pages = sys.argv[1], int(sys.argv[2])
    low, high = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (10, 100)
    rng = random.Random(pages * 7919 + low)
    for locale in ("en-US", "ja-JP"):
        os.makedirs(os.path.join(folder, locale), exist_ok=True)
    for index in range(pages):
        rows = rng.randint(low, high)
        state = rng.getstate()
        for locale in ("en-US", "ja-JP"):
            rng.setstate(state)
            with open(os.path.join(folder, locale, f"errors-{index:05d}.md"), "w", encoding="utf-8") as file:
                file.write(page(rng, locale, index, rows))
    with open(os.path.join(folder, "doccatalog.yml"), "w", encoding="utf-8") as file:
        file.write(CONFIG.format(catalog_pages=os.environ.get("CATALOG_PAGES", "errors-*.md")))


CONFIG = """sourceLocale: en-US
locales: [en-US, ja-JP]
glossary: [Box, Okta, Office 365]
externalPages: ["other-*.md", overview.md]
catalogs:
  - name: BenchmarkErrors
    pages: ["{catalog_pages}"]
    columns:
      message: {{ en-US: Error message, ja-JP: エラー メッセージ }}
      app: {{ en-US: Relevant app, ja-JP: 関連するアプリ }}
      description: {{ en-US: Description, ja-JP: 説明 }}
      resolution: {{ en-US: Resolution, ja-JP: 解決方法 }}
"""


if __name__ == "__main__":
    main()
