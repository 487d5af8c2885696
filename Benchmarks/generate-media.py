#!/usr/bin/env python3
"""Writes a deterministic doc set of pages full of media and DocFX blocks, for benchmarks.

usage: generate-media.py OUTPUT_DIR [PAGES]   (PAGES per locale; default 150: 300 pages in en-US and ja-JP)

The other sets are mostly tables and prose; these pages are what the site spends the most on per page:
- Markdown images and `:::image` blocks (content with lightbox and border, icons, complex images with
  their long description), and raw `<img src>`, all naming PNG and SVG files that exist in the locale's
  media/ folder (small placeholders, each with bytes of its own);
- `:::code` blocks cut by region or by range, and `[!code-…]` references with a region, from snippet files
  in the locale's snippets/ folder;
- `:::zone pivot` blocks (the page's front matter naming its `zone_pivot_groups`), `::: moniker range`
  blocks, tab groups with dependent tabs, `:::row:::`/`:::column:::` blocks and `[!VIDEO]` embeds;
- raw HTML tables as converted pages have them (`<table><colgroup>…`, code and images in their cells);
- alerts and fenced code, and a catalog error table on one page in ten (`*-errors.md`).
Each page holds several of these, so that every kind is on many pages, and the Japanese pages have the same
blocks with Japanese words. The same arguments always give the same bytes.
"""
import os
import random
import struct
import sys
import zlib

LOCALES = ("en-US", "ja-JP")
FOLDERS = ("get-started", "manage", "migrate", "troubleshoot")
IMAGES = 48
ICONS = 8
SNIPPETS = 16
WORDS = ("mailbox tenant connector migration batch policy license user group admin center server domain "
         "certificate the a of to in for and with you select open run create enable setting report "
         "message transport rule sign-in account retention archive audit log search hybrid wizard").split()
JA_WORDS = ("メールボックス テナント コネクタ 移行 バッチ ポリシー ライセンス ユーザー グループ 管理 センター "
            "サーバー ドメイン 証明書 設定 レポート メッセージ ルール サインイン アカウント 保持 監査 検索").split()
JA_PARTICLES = ("の", "を", "に", "は", "で", "と")
PIVOTS = ("programming-language-csharp", "programming-language-python", "programming-language-powershell")
MONIKERS = (">= exchserver-2019", "exchserver-2016", "exchonline-ps")
APPS = ("Outlook", "Teams", "Exchange Online", "SharePoint", "All apps")
CMDLETS = ("Get-Mailbox", "Set-TransportConfig", "New-MigrationBatch", "Get-MessageTrace", "Set-OrganizationConfig")
VIDEOS = ("https://learn-video.azurefd.net/vod/player?id={}", "https://www.youtube-nocookie.com/embed/{}")


class Writer:
    """One page's text in both locales: the same blocks, in English and in Japanese."""

    def __init__(self, rng, depth):
        self.rng = rng
        self.up = "../" * depth
        self.lines = {locale: [] for locale in LOCALES}

    def words(self, low, high):
        count = self.rng.randint(low, high)
        english = " ".join(self.rng.choice(WORDS) for _ in range(count))
        japanese = "".join(self.rng.choice(JA_WORDS) + self.rng.choice(JA_PARTICLES) for _ in range(count // 2 + 1))
        return {"en-US": english[0].upper() + english[1:] + ".", "ja-JP": japanese + "します。"}

    def add(self, each):
        """Adds lines: the same for both locales, or a dict of lines by locale; then a blank line."""
        for locale in LOCALES:
            lines = each[locale] if isinstance(each, dict) else each
            self.lines[locale] += lines + [""]

    def paragraph(self):
        self.add({locale: [text] for locale, text in self.words(8, 30).items()})

    def image(self):
        return f"{self.up}media/picture-{self.rng.randrange(IMAGES):02d}.png"

    def images(self):
        alt = self.words(3, 8)
        kind = self.rng.randrange(4)
        if kind == 0:
            self.add({locale: [f"![{alt[locale].rstrip('.。')}]({self.image()})"] for locale in LOCALES})
        elif kind == 1:
            source, large, border = self.image(), self.image(), self.rng.choice(("true", "false"))
            self.add({locale: [f':::image type="content" source="{source}" alt-text="{alt[locale]}" '
                               f'lightbox="{large}" border="{border}":::'] for locale in LOCALES})
        elif kind == 2:
            icon = f"{self.up}media/icon-{self.rng.randrange(ICONS)}.svg"
            self.add([f':::image type="icon" source="{icon}":::'])
            self.paragraph()
        else:
            source, description = self.image(), self.words(20, 40)
            self.add({locale: [f':::image type="complex" source="{source}" alt-text="{alt[locale]}":::',
                               description[locale], ":::image-end:::"] for locale in LOCALES})

    def code(self):
        number = self.rng.randrange(SNIPPETS)
        kind = self.rng.randrange(3)
        if kind == 0:
            self.add([f':::code language="csharp" source="{self.up}snippets/sample-{number:02d}.cs" id="connect":::'])
        elif kind == 1:
            start = self.rng.randint(1, 4)
            self.add([f':::code language="csharp" source="{self.up}snippets/sample-{number:02d}.cs" '
                      f'range="{start}-{start + 3},12":::'])
        else:
            self.add([f"[!code-python[]({self.up}snippets/retry-{number:02d}.py#retry)]"])

    def zones(self):
        for pivot in PIVOTS:
            self.add([f':::zone pivot="{pivot}"'])
            self.paragraph()
            self.fenced()
            self.add([":::zone-end"])

    def monikers(self):
        for moniker in self.rng.sample(MONIKERS, 2):
            self.add([f'::: moniker range="{moniker}"'])
            self.paragraph()
            self.add(["::: moniker-end"])

    def tabs(self):
        labels = {"azure-cli": "Azure CLI", "azure-powershell": "Azure PowerShell"}
        for tab, label in labels.items():
            self.add([f"# [{label}](#tab/{tab})"])
            self.fenced()
        self.add(["---"])
        self.paragraph()
        for system in ("windows", "linux"):
            self.add([f"# [{system.title()}](#tab/azure-cli/{system})"])
            self.paragraph()
        self.add(["---"])

    def columns(self):
        self.add([":::row:::"])
        for span in (2, 1, 1):
            self.add([f':::column span="{span}":::' if span > 1 else ":::column:::"])
            self.paragraph()
            self.add([":::column-end:::"])
        self.add([":::row-end:::"])

    def video(self):
        address = self.rng.choice(VIDEOS).format(f"{self.rng.getrandbits(64):016x}")
        self.add([f"> [!VIDEO {address}]"])

    def html_table(self):
        lines = ["<table>", "<colgroup>", '<col width="30%" />', '<col width="20%" />', '<col width="50%" />',
                 "</colgroup>", "<thead>", "<tr>"]
        head = [self.words(1, 2) for _ in range(3)]
        rows = []
        for row in range(self.rng.randint(3, 8)):
            cell = self.words(6, 16)
            picture = f'<img src="{self.image()}" alt="" width="120" height="68">' if row % 3 == 2 else ""
            rows.append((self.rng.choice(CMDLETS), self.rng.randint(1, 500), cell, picture))
        table = {}
        for locale in LOCALES:
            table[locale] = lines + [f'<th scope="col">{cell[locale].rstrip(".。")}</th>' for cell in head] + \
                ["</tr>", "</thead>", "<tbody>"]
            for cmdlet, number, cell, picture in rows:
                table[locale] += ["<tr>", f"<td><code>{cmdlet}</code></td>", f"<td>{number}</td>",
                                  f"<td>{cell[locale]}<br/>{picture}</td>", "</tr>"]
            table[locale] += ["</tbody>", "</table>"]
        self.add(table)

    def alert(self):
        kind = self.rng.choice(("NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING"))
        self.add({locale: [f"> [!{kind}]", f"> {text}"] for locale, text in self.words(8, 20).items()})

    def fenced(self):
        cmdlet = self.rng.choice(CMDLETS)
        self.add(["```powershell", f'{cmdlet} -Identity "{self.rng.choice(WORDS)}" | Format-List', "```"])

    def error_table(self, index):
        """The catalog's table: the messages and apps kept as they are in the translation."""
        header = {"en-US": "|Error message|Relevant app|Description|", "ja-JP": "|エラー メッセージ|関連するアプリ|説明|"}
        rows = [(f"Error 0x8{index:04X}{row:03X}: the {self.rng.choice(WORDS)} could not be reached",
                 APPS[(index + row) % len(APPS)], self.words(6, 14)) for row in range(self.rng.randint(5, 10))]
        self.add({locale: [header[locale], "|---|---|---|"]
                  + [f"|{message}|{app}|{text[locale]}|" for message, app, text in rows] for locale in LOCALES})


# Each page's blocks: every page has images, code and alerts, and a few of the other kinds, in turn.
KINDS = ("zones", "monikers", "tabs", "columns", "video", "html_table")


def page(rng, index, depth, catalog):
    writer = Writer(rng, depth)
    title = writer.words(3, 6)
    chosen = [KINDS[(index + step) % len(KINDS)] for step in range(3)]
    zoned = "zones" in chosen
    date = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2024"
    for locale in LOCALES:
        writer.lines[locale] += ["---", f"title: {title[locale].rstrip('.。')}", f"description: {title[locale]}",
                                 f"ms.date: {date}", f"ms.contentlocale: {locale}"]
        writer.lines[locale] += ["zone_pivot_groups: programming-languages"] if zoned else []
        writer.lines[locale] += ["---", f"# {title[locale].rstrip('.。')}", ""]
    writer.paragraph()
    if catalog:
        writer.error_table(index)
    for section, kind in enumerate(chosen):
        heading = writer.words(2, 5)
        writer.add({locale: [f"## {text.rstrip('.。')}"] for locale, text in heading.items()})
        writer.paragraph()
        writer.images()
        getattr(writer, kind)()
        if section == 1:
            writer.fenced()
        else:
            writer.code()
        writer.images()
        if rng.random() < 0.6:
            writer.alert()
    return {locale: "\n".join(lines) for locale, lines in writer.lines.items()}


def png(seed):
    """A small PNG of its own: 24×16 pixels of two colours drawn from the seed."""
    rng = random.Random(seed)
    colours = [bytes(rng.randrange(256) for _ in range(3)) for _ in range(2)]
    raw = b"".join(b"\0" + b"".join(colours[(x // 6 + y // 4) % 2] for x in range(24)) for y in range(16))

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 24, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def snippet_cs(number):
    return "\n".join([
        "using System;", "using Microsoft.Exchange.WebServices.Data;", "", f"class Sample{number:02d}", "{",
        "    static void Main()", "    {", "        // <connect>",
        f'        var service = new ExchangeService(ExchangeVersion.Exchange2013_SP1) {{ Timeout = {1000 * (number + 1)} }};',
        '        service.Url = new Uri("https://outlook.office365.com/EWS/Exchange.asmx");', "        // </connect>",
        '        Console.WriteLine("Connected");', "    }", "}", ""])


def snippet_py(number):
    return "\n".join([
        "import time", "", "# <retry>", f"def retry(call, attempts={number + 2}):", "    for attempt in range(attempts):",
        "        try:", "            return call()", "        except TimeoutError:",
        "            time.sleep(2 ** attempt)", '    raise TimeoutError("gave up")', "# </retry>", ""])


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as file:
        file.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    output, pages = sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 150
    rng = random.Random(20)
    write(os.path.join(output, "doccatalog.yml"), CONFIG)
    for locale in LOCALES:
        folder = os.path.join(output, locale)
        for number in range(IMAGES):
            write(os.path.join(folder, "media", f"picture-{number:02d}.png"), png(f"{locale}-{number}"))
        for number in range(ICONS):
            write(os.path.join(folder, "media", f"icon-{number}.svg"),
                  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
                  f'<circle cx="12" cy="12" r="{4 + number}" fill="#0b62b8"/></svg>\n')
        for number in range(SNIPPETS):
            write(os.path.join(folder, "snippets", f"sample-{number:02d}.cs"), snippet_cs(number))
            write(os.path.join(folder, "snippets", f"retry-{number:02d}.py"), snippet_py(number))
    for index in range(pages):
        catalog = index % 10 == 1
        subfolder = FOLDERS[index % len(FOLDERS)]
        name = f"{subfolder}/area-{index:04d}{'-errors' if catalog else ''}.md"
        for locale, text in page(rng, index, 1, catalog).items():
            write(os.path.join(output, locale, name), text)


CONFIG = """sourceLocale: en-US
locales: [en-US, ja-JP]
catalogs:
  - name: MediaErrors
    pages: ["**/*-errors.md"]
    columns:
      message: { en-US: Error message, ja-JP: エラー メッセージ }
      app: { en-US: Relevant app, ja-JP: 関連するアプリ }
      description: { en-US: Description, ja-JP: 説明 }
"""


if __name__ == "__main__":
    main()
