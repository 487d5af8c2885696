#!/usr/bin/env python3
"""Writes a deterministic DocFX doc set shaped like real Microsoft Learn pages, for benchmarks.

usage: generate-real-shaped.py OUTPUT_DIR [PAGES]   (PAGES per locale; default 700: 1,400 pages, about 14 MB)

generate-docs.py's pages are mostly one big error table. These have the shape measured on the 944 pages of
a real product folder (MicrosoftDocs/OfficeDocs-SharePoint, SharePoint/SharePointServer, October 2024):
- page sizes drawn from its percentiles (median 7 KB, mean 10 KB, 1% above 55 KB, the largest 108 KB);
- its front matter keys, and an "applies to" [!INCLUDE] under the title of 96% of the pages (the includes
  are small files of images in includes/);
- per KB, as there: 0.7 headings, 2.2 list items, 0.5 relative links to pages (one in seven with a
  #fragment), 0.24 site-rooted and 0.08 external links, 0.11 images, 0.23 alerts, 0.12 code blocks;
- `<a name>` anchors under the headings of half the pages, which the other pages' #fragments name;
- pipe tables on 39% of the pages (2.6 a page, 2 to 4 columns, 4 rows at the median, `<br/>` in 40% of
  their cells); raw HTML tables (pandoc's, as converted pages have them) on one page in 50;
- the real pages' quirks: lines of spaces between blocks, loose lists, alerts inside list items.
The larger a page, the likelier it has tables, anchors, code and images, as there.

Pages live in folders (administration/, search/ ...) in en-US and ja-JP; every relative link reaches a page
that exists, and every #fragment a heading's slug or an anchor there. The Japanese pages have the same
blocks, links, code and anchors with Japanese words, their headings' slugs in Japanese, and about as many
bytes. One page in ten is a troubleshooting page with an error table (generate-docs.py's columns), the
pages of the catalog in doccatalog.yml. Image files are small placeholders in each locale's media/ (and the
includes' in media/). The same arguments always give the same bytes.
"""
import os
import random
import sys

# The real folder's page sizes in bytes, by percentile: the generator draws between these points.
SIZES = [(0, 775), (1, 1118), (5, 1613), (10, 2025), (20, 2760), (25, 3223), (30, 3792), (40, 5395),
         (50, 7241), (60, 8935), (70, 11243), (75, 13488), (80, 15909), (90, 22940), (95, 30085),
         (97, 38383), (98, 43346), (99, 54780), (99.5, 62661), (100, 108134)]
# How often a page has a feature (in %), by its size (below 3, 7, 14, 30 KB, and above), as measured.
SHARES = {
    "table": (27, 29, 38, 59, 81), "anchors": (4, 41, 81, 79, 98), "code": (6, 25, 32, 39, 48),
    "images": (12, 14, 31, 39, 50), "external": (16, 22, 28, 49, 48), "site": (19, 51, 58, 82, 83),
    "alerts": (20, 60, 79, 90, 90), "contents": (0, 3, 9, 17, 42), "see-also": (21, 55, 63, 66, 77),
}
SHARES_BY_BUCKET = [{feature: shares[n] for feature, shares in SHARES.items()} for n in range(5)]
# Rows a table has, by percentile, as measured (the median 4, 1% above 49).
ROWS = [(0, 1), (10, 1), (25, 3), (50, 4), (75, 7), (90, 11), (95, 16), (99, 49), (100, 120)]
LOCALES = ("en-US", "ja-JP")
# The "applies to" banners: which versions a page is for.
INCLUDES = [f"appliesto-{a}-{b}-{c}-{d}-md" for a in ("2013", "xxx") for b in ("2016", "xxx")
            for c in ("2019", "xxx") for d in ("SUB", "xxx") if (a, b, c, d) != ("xxx",) * 4]
FOLDERS = [("administration", 40), ("technical-reference", 12), ("upgrade-and-update", 10), ("search", 9),
           ("install", 6), ("hybrid", 6), ("governance", 5), ("sites", 4), ("security", 4), ("troubleshoot", 4)]
WORDS = ("farm server service application search content database site collection permission account "
         "configure create manage select specify enable disable the a of to in for and with that you "
         "use user users web crawl index topology backup restore upgrade migration policy setting "
         "settings page list library document managed metadata profile timer job log audit "
         "authentication claims certificate trust domain network request response performance capacity "
         "storage limit cache default value property connection node component version update").split()
JA_NOUNS = ("ファーム サーバー サービス アプリケーション 検索 コンテンツ データベース サイト コレクション 権限 "
            "アカウント ユーザー クロール インデックス トポロジ バックアップ 復元 アップグレード 移行 ポリシー 設定 "
            "ページ リスト ライブラリ ドキュメント 管理 メタデータ プロファイル タイマー ジョブ ログ 監査 認証 "
            "証明書 信頼 ドメイン 要求 応答 性能 容量 記憶域 制限 既定値 接続 ノード 更新").split()
JA_PARTICLES = "の を に は で と が から".split()
JA_ENDINGS = ["します", "できます", "してください", "されます", "があります", "が必要です", "を確認します"]
PRODUCTS = ["SharePoint Server", "Central Administration", "SQL Server", "Microsoft 365", "PowerShell"]
APPS = ["SharePoint Server", "Search", "User Profile", "Excel Services", "Workflow Manager",
        "Office Online Server", "Project Server", "Managed Metadata"]
CMDLETS = ["Get-SPServiceApplication", "Set-SPEnterpriseSearchService", "New-SPSite", "Get-SPFarm",
           "Mount-SPContentDatabase", "Test-SPContentDatabase", "Start-SPServiceInstance",
           "Get-SPEnterpriseSearchServiceApplication", "Set-SPTimerJob", "Add-SPShellAdmin"]
ALERTS = ["NOTE"] * 69 + ["IMPORTANT"] * 23 + ["TIP"] * 6 + ["CAUTION"] * 2
LANGUAGES = [""] * 48 + ["powershell"] * 43 + ["console"] * 4 + ["sql"] * 2 + ["xml"] * 2 + ["html"]
SEE_ALSO = {"en-US": "See also", "ja-JP": "関連項目"}
CONTENTS = {"en-US": "In this article:", "ja-JP": "この記事の内容:"}
# The level of a section's heading after one of level 2, 3 or 4: weights of levels 2, 3 and 4.
NEXT_LEVEL = {2: (45, 55, 0), 3: (35, 33, 32), 4: (30, 35, 35)}
# Japanese text gets this many chunks (a noun and its particle, 12 bytes on average) for each English word,
# so that a Japanese page has about as many bytes as its source.
JA_RATIO = 0.45


def slug(text):
    """The id a heading gets, as GitHub and DocFX give it: lowercase, spaces to '-', punctuation dropped."""
    return "".join("-" if c == " " else c for c in text.lower() if c == " " or c.isalnum() or c in "-_")


class Writer:
    """Words in one locale, from a generator of its own."""

    def __init__(self, locale, seed):
        self.locale = locale
        self.ja = locale == "ja-JP"
        self.rng = random.Random(seed)

    def words(self, count):
        if self.ja:
            chunks = max(1, round(count * JA_RATIO))
            return "".join(self.rng.choice(JA_NOUNS) + self.rng.choice(JA_PARTICLES) for _ in range(chunks - 1)) + \
                self.rng.choice(JA_NOUNS)
        return " ".join(self.rng.choice(WORDS) for _ in range(count))

    def sentence(self, count, inlines=(), at=()):
        """A sentence of about `count` words with each inline text after the word at its place in `at`."""
        pieces = []
        last = 0
        for text, place in zip(inlines, at):
            if place > last:
                pieces.append(self.words(place - last))
            pieces.append(text)
            last = place
        if count > last:
            pieces.append(self.words(count - last))
        if self.ja:
            return "".join(pieces) + self.rng.choice(JA_ENDINGS) + "。"
        text = " ".join(pieces)
        return text[:1].upper() + text[1:] + "."

    def title(self, count):
        if self.ja:
            return self.words(count) + self.rng.choice(["を構成する", "の管理", "の概要", "を計画する", "について"])
        text = self.words(count)
        return text[:1].upper() + text[1:]


class Page:
    """What other pages need to know of a page before any is written: where it is, its titles, its anchors."""

    def __init__(self, rng, index):
        self.index = index
        self.size = draw_size(rng)
        self.folder = rng.choices([name for name, _ in FOLDERS], [weight for _, weight in FOLDERS])[0]
        shares = SHARES_BY_BUCKET[bucket(self.size)]
        self.has = {feature: rng.random() * 100 < share for feature, share in shares.items()}
        # One page in ten, among those with tables, is a troubleshooting page whose table is an error table.
        self.errors = self.has["table"] and rng.random() < 0.1 / 0.39
        self.has["html-table"] = rng.random() < 0.02
        self.include = rng.random() < 0.96 and INCLUDES[rng.randrange(len(INCLUDES))]
        words = random.Random(index * 1_000_003 + 1)
        self.titles = {locale: Writer(locale, index * 1_000_003 + 2 + n).title(rng.randint(3, 8))
                       for n, locale in enumerate(LOCALES)}
        stem = "-".join(words.choice([w for w in WORDS if len(w) > 3]) for _ in range(3))
        self.name = f"{stem}{'-error-codes' if self.errors else ''}-{index:05d}.md"
        self.path = f"{self.folder}/{self.name}"
        # Sections: 0.57 a KB, which with the "See also" headings makes the real folder's 0.62 headings of
        # levels 2 to 4 a KB (the title aside), in its mix of levels.
        count = max(1, round(self.size / 1024 * 0.57 * rng.uniform(0.7, 1.3)))
        self.sections = []
        level = 2
        used = {locale: {slug(self.titles[locale])} for locale in LOCALES}
        for number in range(count):
            level = 2 if number == 0 else rng.choices([2, 3, 4], NEXT_LEVEL[level])[0]
            headings = {}
            length = rng.randint(2, 6)
            for n, locale in enumerate(LOCALES):
                writer = Writer(locale, (index * 1_000_003 + number) * 7 + n)
                while True:
                    text = writer.title(length)
                    if slug(text) not in used[locale]:
                        break
                used[locale].add(slug(text))
                headings[locale] = text
            anchor = None
            if self.has["anchors"] and level < 4 and rng.random() < 0.8:
                anchor = "BKMK_" + "".join(w.title() for w in words.sample(WORDS, 2)) + str(number)
            self.sections.append((level, headings, anchor))

    def fragment(self, section, locale):
        """The #fragment that reaches a section: its anchor, or its heading's slug in that locale."""
        _, headings, anchor = self.sections[section]
        return anchor or slug(headings[locale])


def draw_size(rng):
    at = rng.uniform(0, 100)
    for (low_p, low), (high_p, high) in zip(SIZES, SIZES[1:]):
        if at <= high_p:
            return round(low + (high - low) * (at - low_p) / (high_p - low_p))
    return SIZES[-1][1]


def bucket(size):
    return sum(size >= limit for limit in (3000, 7000, 14000, 30000))


def relative(source, target):
    """The link from one page to another: by name in the same folder, else through '../'."""
    if source.folder == target.folder:
        return target.name
    return f"../{target.path}"


class Writing:
    """One page being written in both locales at once: what translations keep (link targets, code, names,
    the blocks themselves) is drawn once from the page's generator; each locale's words from its own."""

    def __init__(self, page, pages, media):
        self.page = page
        self.pages = pages
        self.media = media
        self.rng = random.Random(page.index * 1_000_003 + 3)
        self.writers = {locale: Writer(locale, page.index * 1_000_003 + 4 + n) for n, locale in enumerate(LOCALES)}
        self.neighbours = [other for other in pages if other.folder == page.folder and other is not page]
        self.out = {locale: [] for locale in LOCALES}
        self.size = 0
        self.goal = 0

    def left(self):
        """The bytes the English page may still take in its current section."""
        return max(0, self.goal - self.size)

    # Inline pieces: one text for each locale.

    def same(self, text):
        return {locale: text for locale in LOCALES}

    def text(self, count):
        return {locale: writer.words(count) for locale, writer in self.writers.items()}

    def link_to_page(self, fragment=False):
        """A link to another page, in its folder more often than not, as there; its title is the text."""
        rng = self.rng
        pool = self.neighbours if rng.random() < 0.62 and self.neighbours else self.pages
        target = rng.choice(pool)
        while target is self.page and len(self.pages) > 1:
            target = rng.choice(self.pages)
        path = relative(self.page, target)
        section = rng.randrange(len(target.sections)) if fragment else None
        return {locale: f"[{target.titles[locale]}]({path}"
                        f"{'#' + target.fragment(section, locale) if fragment else ''})" for locale in LOCALES}

    def link_to_site(self):
        rng = self.rng
        target = rng.choice([
            f"/powershell/module/sharepoint-server/{rng.choice(CMDLETS)}?view=sharepoint-ps",
            f"/sharepoint/{rng.choice(WORDS)}-{rng.choice(WORDS)}-{rng.randint(1, 999)}",
            f"/previous-versions/office/sharepoint-server-2010/ee{rng.randint(100000, 999999)}(v=office.14)",
            f"/sql/database-engine/{rng.choice(WORDS)}-{rng.choice(WORDS)}"])
        label = self.text(rng.randint(2, 7))
        return {locale: f"[{label[locale]}]({target})" for locale in LOCALES}

    def link_outside(self):
        rng = self.rng
        target = rng.choice([f"https://www.microsoft.com/download/details.aspx?id={rng.randint(10000, 99999)}",
                             f"https://go.microsoft.com/fwlink/p/?LinkId={rng.randint(100000, 999999)}",
                             f"https://support.microsoft.com/help/{rng.randint(1000000, 5999999)}"])
        label = self.text(rng.randint(2, 6))
        return {locale: f"[{label[locale]}]({target})" for locale in LOCALES}

    def image(self):
        name = self.rng.choice(self.media)
        alt = self.text(self.rng.randint(2, 5))
        return {locale: f"![{alt[locale]}](../media/{name})" for locale in LOCALES}

    def inline(self):
        """Something inline in a sentence, as often as the real pages have each."""
        rng = self.rng
        has = self.page.has
        choice = rng.random()
        if choice < 0.13:
            return self.link_to_page(fragment=rng.random() < 0.15)
        if choice < 0.25 and has["site"]:
            return self.link_to_site()
        if choice < 0.29 and has["external"]:
            return self.link_outside()
        if choice < 0.70:
            bold = self.text(rng.randint(1, 3))
            return {locale: f"**{bold[locale]}**" for locale in LOCALES}
        if choice < 0.90:
            return self.same(f"`{rng.choice(CMDLETS)}`")
        return self.same(rng.choice(PRODUCTS))

    def sentence(self, low, high, inlines):
        count = self.rng.randint(low, high)
        pieces = [self.inline() for _ in range(inlines)]
        at = sorted(self.rng.randint(0, count) for _ in pieces)
        return {locale: writer.sentence(count, [piece[locale] for piece in pieces], at)
                for locale, writer in self.writers.items()}

    def paragraph(self, sentences, limit=None):
        """Sentences, fewer when the English text reaches `limit` bytes first."""
        parts = []
        for _ in range(sentences):
            parts.append(self.sentence(6, 24, self.rng.choices([0, 1, 2], [74, 22, 4])[0]))
            if limit is not None and sum(len(part["en-US"]) + 1 for part in parts) >= limit:
                break
        return {locale: (" " if locale == "en-US" else "").join(part[locale] for part in parts) for locale in LOCALES}

    # Blocks: each adds lines to both locales.

    def add(self, lines):
        """Adds a line, or a list of lines, in each locale."""
        for locale in LOCALES:
            added = lines[locale] if isinstance(lines[locale], list) else [lines[locale]]
            self.out[locale] += added
            if locale == "en-US":
                # The English page's size so far: what its sections are measured by.
                self.size += sum(len(line.encode()) + 1 for line in added)

    def gap(self):
        """A blank line; the real pages often fill theirs with spaces."""
        self.add(self.same(self.rng.choice(["", "", "  ", "    "])))

    def add_paragraph(self, limit=None):
        self.add(self.paragraph(self.rng.choices([1, 2, 3, 4, 5], [30, 25, 20, 15, 10])[0], limit))
        self.gap()

    def add_alert(self, indent=""):
        kind = self.rng.choice(ALERTS)
        text = self.paragraph(self.rng.randint(1, 3))
        self.add({locale: [f"{indent}> [!{kind}]", f"{indent}> {text[locale]}"] for locale in LOCALES})
        self.gap()

    def add_list(self, numbered):
        rng = self.rng
        loose = rng.random() < 0.6
        limit = self.size + max(200, self.left())
        for number in range(1, rng.randint(3, 9) + 1):
            if number > 2 and self.size >= limit:
                break
            marker = f"{number}." if numbered else "-"
            item = self.sentence(5, 22, rng.choices([0, 1, 2], [78, 20, 2])[0])
            self.add({locale: f"{marker} {item[locale]}" for locale in LOCALES})
            if loose:
                self.gap()
            indent = " " * (len(marker) + 1)
            extra = rng.random()
            if extra < 0.06 and self.page.has["alerts"]:
                self.add_alert(indent)
            elif extra < 0.12 and self.page.has["images"]:
                self.add({locale: indent + text for locale, text in self.image().items()})
                self.gap()
            elif extra < 0.2:
                for _ in range(rng.randint(2, 4)):
                    sub = self.sentence(4, 14, rng.choice([0, 0, 1]))
                    self.add({locale: f"{indent}- {sub[locale]}" for locale in LOCALES})
            elif extra < 0.24 and self.page.has["code"]:
                self.add_code(indent)
        self.gap()

    def add_code(self, indent=""):
        rng = self.rng
        language = rng.choice(LANGUAGES)
        lines = 1 if rng.random() < 0.55 else min(rng.randint(2, 9) + int(rng.expovariate(0.15)), 60)
        code = []
        for _ in range(lines):
            kind = rng.random()
            if kind < 0.6:
                code.append(f"{rng.choice(CMDLETS)} -Identity \"{rng.choice(WORDS)}{rng.randint(1, 99)}\" "
                            f"-{rng.choice(WORDS).title()} ${rng.choice(WORDS)}")
            elif kind < 0.8:
                code.append(f"${rng.choice(WORDS)} = {rng.choice(CMDLETS)} | Where-Object {{ $_.Name -eq "
                            f"\"{rng.choice(WORDS)}\" }}")
            else:
                code.append(f"# {' '.join(rng.choice(WORDS) for _ in range(rng.randint(4, 10)))}")
        block = [f"{indent}```{language}"] + [indent + line for line in code] + [f"{indent}```"]
        self.add(self.same(block))
        self.gap()

    def add_table(self):
        rng = self.rng
        columns = rng.choices([2, 3, 4, 5], [50, 30, 14, 6])[0]
        # As many rows as drawn, or as fit in the rest of the page: the big tables are on the big pages.
        rows = min(draw_rows(rng), max(2, int((self.page.size - self.size) / (70 * columns))))
        header = [self.text(rng.randint(1, 3)) for _ in range(columns)]
        bold_header = rng.random() < 0.5
        # Some tables end every cell with a line break, as the real ones converted from older pages do.
        breaks = 1.0 if rng.random() < 0.45 else 0.25
        lines = {locale: ["|" + "|".join(f"**{cell[locale]}**" if bold_header else cell[locale] for cell in header)
                          + "|", "|" + "|".join([":-----"] * columns) + "|"] for locale in LOCALES}
        for _ in range(rows):
            cells = []
            for column in range(columns):
                cell = self.sentence(1, 5 if column == 0 else 16, 0 if column == 0 else int(rng.random() < 0.15))
                if column == 0:
                    cell = {locale: f"**{text.rstrip('.。')}**" for locale, text in cell.items()}
                if rng.random() < breaks:
                    # A line break closing the cell, as the real tables have, and now and then a second line.
                    more = self.sentence(4, 12, 0) if rng.random() < 0.2 else None
                    cell = {locale: f"{text} <br/>" + (f" <br/> {more[locale]}" if more else "")
                            for locale, text in cell.items()}
                cells.append(cell)
            for locale in LOCALES:
                lines[locale].append("|" + "|".join(cell[locale] for cell in cells) + "|")
        self.add(lines)
        self.gap()

    def add_html_table(self):
        """A table as pandoc writes one, as pages converted from older sites have."""
        rng = self.rng
        columns = rng.randint(2, 4)
        width = 100 // columns
        head = [self.text(rng.randint(1, 3)) for _ in range(columns)]
        lines = {locale: ["<table>", "<colgroup>"] + [f'<col style="width: {width}%" />'] * columns +
                 ["</colgroup>", "<thead>", '<tr class="header">'] + [f"<th>{cell[locale]}</th>" for cell in head] +
                 ["</tr>", "</thead>", "<tbody>"] for locale in LOCALES}
        for row in range(min(draw_rows(rng), max(2, int((self.page.size - self.size) / (90 * columns))))):
            cells = [self.sentence(2, 18, 0) for _ in range(columns)]
            code = f"<code>{rng.choice(CMDLETS)}</code>"
            for locale in LOCALES:
                lines[locale].append(f'<tr class="{"odd" if row % 2 == 0 else "even"}">')
                lines[locale] += [f"<td><p>{code if column == 0 else cell[locale]}</p></td>"
                                  for column, cell in enumerate(cells)]
                lines[locale].append("</tr>")
        for locale in LOCALES:
            lines[locale] += ["</tbody>", "</table>"]
        self.add(lines)
        self.gap()

    def add_error_table(self, rows):
        """The catalog's table: messages and apps kept as they are in translations, as in generate-docs.py."""
        rng = self.rng
        index = self.page.index
        header = {"en-US": "> |Error message|Relevant app|Description|Resolution|",
                  "ja-JP": "> |エラー メッセージ|関連するアプリ|説明|解決方法|"}
        self.add({locale: ['> [!div class="mx-tableFixed"]', ">", header[locale], "> |----|----|----|------------|"]
                  for locale in LOCALES})
        for row in range(rows):
            message = f"Error 0x8{index:04X}{row:03X}: {' '.join(rng.choice(WORDS) for _ in range(rng.randint(4, 9)))}"
            app = APPS[(index + row) % len(APPS)]
            description = self.sentence(6, 18, rng.choice([0, 1]))
            cause = self.text(2)
            resolution = self.sentence(6, 16, 0)
            link = self.link_to_page(fragment=rng.random() < 0.5)
            self.add({locale: f"> |{message}|{app}|{description[locale]}<br />**{cause[locale]}** "
                              f"`{CMDLETS[row % len(CMDLETS)]}`|"
                              f"{resolution[locale]} {link[locale]}|" for locale in LOCALES})
        self.gap()

    def write(self):
        page, rng = self.page, self.rng
        self.add({locale: front_matter(page, locale) for locale in LOCALES})
        self.add({locale: ["", f"# {page.titles[locale]}", ""] for locale in LOCALES})
        if page.include:
            self.add(self.same([f"[!INCLUDE[{page.include}](../includes/{page.include}.md)] ", "  "]))
        self.add_paragraph(limit=max(60, (page.size - self.size) * rng.uniform(0.05, 0.3)))
        if page.has["contents"]:
            self.add(CONTENTS)
            self.gap()
            for section, (level, headings, _) in enumerate(page.sections):
                if level == 2:
                    self.add({locale: f"- [{headings[locale]}](#{page.fragment(section, locale)})"
                              for locale in LOCALES})
            self.gap()
        if page.errors:
            self.add_error_table(min(max(5, draw_rows(rng) * 2), max(5, page.size // 400)))
        # A page with a feature has it at least once, in a section of its own choosing, so that as many pages
        # have each as in the real folder, however small.
        due = {}
        for feature in ("alerts", "code", "table", "images", "html-table", "site", "external"):
            if page.has[feature]:
                due.setdefault(rng.randrange(len(page.sections)), []).append(feature)
        # The sections share what is left of the page's size; blocks are added to each until it has its part.
        # The last block of a section goes past its part, by about 300 bytes a page on average: aimed below.
        closing = 300 + (250 if page.has["see-also"] else 0)
        for section, (level, headings, anchor) in enumerate(page.sections):
            self.add({locale: f"{'#' * level} {headings[locale]}" for locale in LOCALES})
            if anchor:
                self.add(self.same(f'<a name="{anchor}"> </a>'))
            self.add(self.same(""))
            left = len(page.sections) - section
            share = (page.size - closing - self.size) / left * (rng.uniform(0.6, 1.4) if left > 1 else 1)
            self.goal = self.size + max(100, share)
            self.add_paragraph(limit=self.left())
            for feature in due.get(section, []):
                self.add_block(feature)
            while self.size < self.goal:
                self.add_block()
        if page.has["see-also"]:
            self.add({locale: [f"## {SEE_ALSO[locale]}", ""] for locale in LOCALES})
            for _ in range(rng.randint(2, 6)):
                link = self.link_to_page() if rng.random() < 0.7 or not page.has["site"] else self.link_to_site()
                self.add({locale: [f"- {text}", "    "] for locale, text in link.items()})
        return {locale: "\n".join(lines).rstrip(" \n") + "\n" for locale, lines in self.out.items()}

    def add_block(self, kind=None):
        """A block of the kind named, or of a kind drawn among those the page has."""
        rng = self.rng
        has = self.page.has
        weights = {"paragraph": 34, "bullets": 9, "steps": 7, "alerts": 7 if has["alerts"] else 0,
                   "code": 11 if has["code"] else 0, "table": 7 if has["table"] else 0,
                   "images": 8 if has["images"] else 0, "html-table": 3 if has["html-table"] else 0}
        kind = kind or rng.choices(list(weights), list(weights.values()))[0]
        if kind == "paragraph":
            self.add_paragraph(limit=self.left())
        elif kind in ("bullets", "steps"):
            self.add_list(numbered=kind == "steps")
        elif kind == "alerts":
            self.add_alert()
        elif kind == "code":
            self.add_code()
        elif kind == "table":
            self.add_table()
        elif kind in ("site", "external"):
            # The line that sends readers elsewhere, in nearly every real page that links out.
            link = self.link_to_site() if kind == "site" else self.link_outside()
            self.add({"en-US": f"For more information, see {link['en-US']}.",
                      "ja-JP": f"詳細については、{link['ja-JP']} を参照してください。"})
            self.gap()
        elif kind == "images":
            self.add(self.image())
            self.gap()
        else:
            self.add_html_table()


def draw_rows(rng):
    at = rng.uniform(0, 100)
    for (low_p, low), (high_p, high) in zip(ROWS, ROWS[1:]):
        if at <= high_p:
            return max(1, round(low + (high - low) * (at - low_p) / (high_p - low_p)))
    return ROWS[-1][1]


def front_matter(page, locale):
    rng = random.Random(page.index * 1_000_003 + 5)
    title = page.titles[locale].replace('"', "")
    description = Writer(locale, page.index * 1_000_003 + 6 + (locale == "ja-JP")).sentence(rng.randint(12, 30))
    date = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2017, 2024)}"
    lines = ["---", f'title: "{title}"', "ms.reviewer: ", "ms.author: serdars", "author: SerdarSoysal",
             "manager: serdars", f"ms.date: {date}", "audience: ITPro", "f1.keywords:", "- NOCSH",
             "ms.topic: " + ("troubleshooting" if page.errors else "article"), "ms.service: sharepoint-server-itpro",
             "ms.localizationpriority: medium"]
    if rng.random() < 0.84:
        lines += ["ms.collection:", "- IT_Sharepoint_Server", "- IT_Sharepoint_Server_Top"]
    if rng.random() < 0.1:
        lines.append("ms.custom: admindeeplinkSPO")
    if rng.random() < 0.95:
        lines.append("ms.assetid: " + "-".join(f"{rng.getrandbits(bits * 4):0{bits}x}" for bits in (8, 4, 4, 4, 12)))
    lines += [f'description: "{description}"', f"ms.contentlocale: {locale}"]
    if locale == "ja-JP":
        lines.append("ms.translationtype: MT")
    return lines + ["---"]


def main():
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 700
    rng = random.Random(count * 7919 + 2)
    pages = [Page(rng, index) for index in range(count)]
    media = [f"{random.Random(n).choice(WORDS)}-{n:04d}.png" for n in range(max(8, count // 3))]
    for page in pages:
        texts = Writing(page, pages, media).write()
        for locale, text in texts.items():
            path = os.path.join(folder, locale, page.path)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as file:
                file.write(text)
    for locale in LOCALES:
        os.makedirs(os.path.join(folder, locale, "media"), exist_ok=True)
        for name in media:
            with open(os.path.join(folder, locale, "media", name), "wb") as file:
                file.write(PNG)
    os.makedirs(os.path.join(folder, "includes"), exist_ok=True)
    os.makedirs(os.path.join(folder, "media"), exist_ok=True)
    for name in ("yes.png", "no.png"):
        with open(os.path.join(folder, "media", name), "wb") as file:
            file.write(PNG)
    for include in INCLUDES:
        versions = zip(include.split("-")[1:5], ("2013", "2016", "2019", "Subscription Edition"))
        marks = " ".join(f"![{'yes' if part != 'xxx' else 'no'}-{n}](../media/{'yes' if part != 'xxx' else 'no'}.png)"
                         f"{label}" for n, (part, label) in enumerate(versions))
        with open(os.path.join(folder, "includes", include + ".md"), "w", encoding="utf-8") as file:
            file.write(f"**APPLIES TO:** {marks} ![no-spo](../media/no.png)SharePoint in Microsoft 365\n")
    with open(os.path.join(folder, "doccatalog.yml"), "w", encoding="utf-8") as file:
        file.write(CONFIG)


# A 1×1 transparent PNG: the pages' images only need to exist.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000b4944415478da636000020000050001e9fadcd80000000049454e44ae426082")

CONFIG = """sourceLocale: en-US
locales: [en-US, ja-JP]
glossary: [SharePoint Server, Office Online Server, Workflow Manager]
catalogs:
  - name: BenchmarkErrors
    pages: ["**/*-error-codes-*.md"]
    columns:
      message: { en-US: Error message, ja-JP: エラー メッセージ }
      app: { en-US: Relevant app, ja-JP: 関連するアプリ }
      description: { en-US: Description, ja-JP: 説明 }
      resolution: { en-US: Resolution, ja-JP: 解決方法 }
"""


if __name__ == "__main__":
    main()
