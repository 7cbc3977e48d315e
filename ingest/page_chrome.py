"""The chrome of government portal pages around a report copied from the web.

Portals (「青禾县人民政府门户网站」) wrap every document in the same furniture: navigation and accessibility links
(首页, 繁体, 无障碍), breadcrumbs (「您当前的位置：首页 > … > 法治政府建设年度报告」), an
information-disclosure block of labelled fields (索引号, 发布机构, 成文日期, 发布日期, 主题分类, 标题…)
laid out as a list, a table or one run-on line, and tool bars (字体 大 中 小, 打印, 分享, 浏览次数).
None of it is the report, but two fields are evidence: 发布机构/来源 names the publisher
(usually the reporting unit, sometimes the county site that hosts it) and 标题/名称 repeats
the title. Dates in the block are publication dates, never the year a report covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.page_header import NAMES_REPORT as _NAMES_REPORT
from ingest.page_header import SENTENCE as _SENTENCE
from ingest.page_header import SITE as _SITE
from ingest.page_header import bare_organs as _bare_organs
from ingest.page_header import browser_title as _browser_title
from ingest.page_header import header_cells as _header_cells
from ingest.site_marks import SITE_END as _SITE_END
from ingest.site_marks import SITE_OWNER as _SITE_OWNER
from ingest.site_marks import site_id as _site_id
from ingest.title_lines import english_banner, title_heads

_SP = r"[ \u3000]*"


def _label(words: str) -> str:
    """「索引号」 also written 「索 引 号」 or 「[ 索引号 ]」."""
    return "|".join(_SP.join(w) for w in words.split("|"))


PUBLISHER = "发布机构|发文机关|发文机构|发文单位|发布单位|信息来源|来源单位|来源|所属机构|责任部门"
TITLE = "标题|名称|文件名称|信息名称|题名"
DATE = "成文日期|成文时间|发布日期|发布时间|发文日期|发文时间|印发日期|生成日期|公开日期|更新时间|日期|时间"
OTHER = (
    "信息索引号|索引号|发文字号|文号|主题分类|组配分类|信息类别|体裁分类|主题词|有效性|效力状态|"
    "公开方式|公开形式|公开范围|公开时限|审核程序|分类|生效时间|终止时间|废止时间|浏览次数|访问次数|点击数|"
    "访问量|阅读次数|点击量|浏览|作者|字体|字号|编号|文件编号|责任科室|责任处室"
)
# a long label is unmistakable anywhere (a value run on before it: 「…/2024-00012发布机构：」);
# a short one (来源, 日期, 标题…) only where a field can start
_LONG = [w for group in (PUBLISHER, TITLE, DATE, OTHER) for w in group.split("|") if len(w) >= 3]
_SHORT = [w for group in (PUBLISHER, TITLE, DATE, OTHER) for w in group.split("|") if len(w) < 3]
# a short label opens a cell: after a space, a bracket, a bar, or the time of a date whose
# space before the label cleaning took out (「2024年02月03日09:12来源：…」)
_LABEL = re.compile(
    rf"(?:(?P<long>{_label('|'.join(_LONG))})|(?:^|(?<=[\s\d\[【•·*\-|｜]))[\[【]?{_SP}"
    rf"(?P<short>{_label('|'.join(_SHORT))}))"
    rf"{_SP}[\]】]?{_SP}[:：]"
)
# the disclosure table copied without its grid and colons (「责任部门 青柳镇 公开形式 主动公开」, its
# spaces gone once cleaned: 「责任部门青柳镇公开形式主动公开」): a four-character label opens the line
_BARE_LABEL = re.compile(
    _label("|".join(sorted([w for w in _LONG if len(w) >= 4] + ["索引号"], key=len)[::-1]))
)
# a breadcrumb's steps are parted by 「>」 or its full-width and arrow forms (「首页 ＞ 乡镇 ＞ 白鹭镇」,
# 「首页→政务公开」), or by slashes and dashes when the path opens at 首页 (「首页/政务公开/白鹭镇」)
_SEP = ">»›＞→"
_HOME_PATH = r"^首页[ \u3000]*[/／\-—][ \u3000]*[\u4e00-\u9fff]"
_BREADCRUMB = re.compile(
    rf"(?:当前|您的|所在)位置|当前位置|[{_SEP}]\s*[^{_SEP}]{{1,20}}\s*[{_SEP}]|>>|{_HOME_PATH}"
)
_NAV_WORDS = re.compile(
    r"首页|繁体|简体|无障碍|网站地图|登录|注册|打印|关闭|收藏|分享|字体|适老|长者模式|IPv6|IPV6|"
    r"智能机器人|扫一扫|微信|微博|返回顶部|上一篇|下一篇|相关词条|热门词条|联络我们|【大】|\[ *大 *中 *小 *\]"
    # the search box at the top of every page (「请输入关键字 搜索」), and the fixed sections of
    # a portal's disclosure column (政府信息公开指南/制度/年报, 法定主动公开内容): never a title
    r"|请输入(?:关键[字词]|搜索内容|检索词)|搜\s*索|政府信息公开(?:指南|制度|年报|目录)$|法定主动公开内容$"
)
_INDEX_NO = re.compile(r"\b[0-9A-Za-z]{6,}/(?:19|20)\d{2}-\d{3,}\b")
_RUN_ON = re.compile(
    r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?=\s*(?:(?:19|20)\d{2}年|[\u4e00-\u9fff]{4})[^\n]{20,}[，,。])"
)
# the title run on after the last field (「发布时间：2025-01-15 10:20云岫镇2024年度…报告」,
# 「| 发布日期：2023-03-12 |蓬溪县2022年…报告」): line breaks lost in copying the page
_RUN_ON_TITLE = re.compile(
    r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|[|｜])"
    r"(?=[ \u3000]*[^|｜:：\s][^|｜:：\n]{5,60}(?:报告|总结|汇报)[ \u3000]*$)"
)
# the same after the last bracketed label of a field line without colons (「[ 有效性 ] 青柳镇人民政府
# 2024年度…报告」): no bracket may lie inside the title, so only the last label cuts
_BRACKET_LABEL = re.compile(rf"[\[【]{_SP}(?:{_label('|'.join(_LONG + _SHORT))}){_SP}[\]】]")
_RUN_ON_BRACKET = re.compile(
    r"[\]】](?=[ \u3000]*[^\[\]【】|｜:：\s][^\[\]【】|｜:：\n]{5,60}(?:报告|总结|汇报)[ \u3000]*$)"
)
_SITE_HEAD = re.compile(r"([\u4e00-\u9fff]{2,30}?)(?:门户网站|官方网站|政务网|政府网)")
# 「赵县人民政府」「叶县政府」: a county or town with a one-character core heads its title with an
# organ line as short as a menu item; a menu names no place before its organ word (「县人民政府」)
_SHORT_ORGAN = re.compile(
    r"[\u4e00-\u9fff]*[^\W\d_县区市乡镇街省州]{1,2}(?:县|区|旗|市|镇|乡)(?:人民政府|政府|党委|委员会)"
)
_LONE_DATE = re.compile(
    r"[【\[]?\s*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[】\]]?"
)
# a full date opening a line of fields, unlabelled (「2024年01月15日 来源：本站」)
_STAMP = re.compile(
    rf"((?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?)[\s\d:]*(?:{_label(PUBLISHER)}){_SP}[:：]"
)
_DATE_VALUE = re.compile(r"^(?:19|20)\d{2}[-/.年]\d{1,2}")


@dataclass
class Chrome:
    """What the page furniture says, and which lines of the text are furniture."""

    publishers: list[tuple[int, str]] = field(default_factory=list)  # (offset, value)
    titles: list[tuple[int, str]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    crumbs: list[str] = field(default_factory=list)  # breadcrumb steps, outermost first
    sites: list[tuple[int, str]] = field(default_factory=list)  # the hosting site's owner
    # a date the page prints with no label (alone under the title, or before 来源：): when it
    # went up, evidence of the year like a labelled date, but no sign the page has furniture
    stamps: list[str] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)  # start offsets of furniture lines


def _cells(line: str) -> list[str]:
    return [c.strip(" \t\u3000•·*-") for c in re.split(r"[|｜]", line)]


def _fields(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of one line; a label alone in a cell takes the next cell. Every
    label ends in a colon: a line without one (most of a page's head) has none to find."""
    if ":" not in line and "：" not in line:
        return []
    out: list[tuple[str, str]] = []
    cells = _cells(line)
    pending = ""
    for cell in cells:
        marks = list(_LABEL.finditer(cell))
        if not marks:
            if pending and cell:
                out.append((pending, cell))
                pending = ""
            continue
        if marks[0].start() > 0 and pending:
            out.append((pending, cell[: marks[0].start()].strip()))
        pending = ""
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(cell)
            value = cell[m.end() : end].strip(" \u3000")
            label = re.sub(r"[ \u3000\[\]【】]", "", m.group("long") or m.group("short"))
            if value:
                out.append((label, value))
            else:
                pending = label
    if pending:
        out.append((pending, ""))
    return out


# what a lone field holds: a date or number, or an organ (青柳镇, 县司法局, 党政办)
_VALUE = re.compile(
    r"[\d\-/.:年月日 A-Za-z]{4,30}|[\u4e00-\u9fff]{1,20}"
    r"(?:人民政府|政府|办事处|委员会|街道|镇|乡|县|区|市|局|办|室|部|所|中心|委)"
)


def _bare_fields(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a field line without colons: it opens with a label and holds
    no sentence, and either a second label or a short value (a heading or a title names no
    field, and a report never opens with one)."""
    if ":" in line or "：" in line or _SENTENCE.search(line):
        return []
    line = line.strip(
        " \u3000|｜"
    )  # a table row's cells: 「| 索引号 | … | 发布机构 | X镇人民政府 |」
    marks = list(_BARE_LABEL.finditer(line))
    if not marks or marks[0].start() > 0:
        return []
    if len(marks) < 2 and not _VALUE.fullmatch(line[marks[0].end() :].strip(" \u3000")):
        return []  # 「公开范围扩大工作情况报告」 is a title, 「发布机构改革推进情况」 a heading
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        value = line[m.end() : end].strip(" \u3000|｜")
        out.append((re.sub(r"[ \u3000]", "", m.group(0)), value))
    return out


def _bracket_fields(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of a field line of bracketed labels without colons (「[ 主题分类 ]
    其他 [ 体裁分类 ] 报告」): it opens with a label, and a label alone takes the next line."""
    marks = list(_BRACKET_LABEL.finditer(line))
    if not marks or marks[0].start() > 0:
        return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
        label = re.sub(r"[ \u3000\[\]【】]", "", m.group(0))
        out.append((label, line[m.end() : end].strip(" \u3000")))
    return out


def _kind(label: str) -> str:
    for kind, words in (("publisher", PUBLISHER), ("title", TITLE), ("date", DATE)):
        if label in words.split("|"):
            return kind
    return "other"


def _prose(line: str) -> bool:
    return bool(_SENTENCE.search(line)) and len(line) > 20


def is_nav(line: str) -> bool:
    """Navigation, breadcrumb, tool-bar or bare list-of-values line: no sentence, only
    portal words, an index number (11500224009351624E/2020-00573) or a bulleted value."""
    if _BREADCRUMB.search(line) or _INDEX_NO.search(line):
        return True
    if line[:1] in "•·" and not _SENTENCE.search(line):
        return True
    if _prose(line):
        return False
    if _SHORT_ORGAN.fullmatch(line):
        return False
    return bool(_NAV_WORDS.search(line)) or bool(re.fullmatch(r"[•·*\-\s]*\S{1,6}", line))


# a breadcrumb proper: steps between two separators (「首页 > 专题专栏 > 2025年」) or the
# location prompt that opens it (「您现在所在的位置：」「当前位置：」)
_CRUMB_LINE = re.compile(
    rf"[{_SEP}][^{_SEP}，,。；;！？]{{1,30}}[{_SEP}]|^(?:您(?:现在|当前)?(?:所在|的)(?:的)?|当前)位置"
    rf"|{_HOME_PATH}"
)


# words of a portal's own controls that no report uses of its work (unlike 微信, 分享, 打印)
_UI_WORDS = re.compile(
    r"首页|繁体|简体|无障碍|网站地图|长者模式|适老化?|IPv6|IPV6|返回顶部|上一篇|下一篇|登录|注册"
)


def is_chrome_line(line: str) -> bool:
    """A breadcrumb, a menu (two of the portal's control words) or a line identifying the
    hosting site (主办/承办, 版权所有, ICP备…), or a browser title that joins the document to its
    site (「…报告-青禾县人民政府门户网站」), with no sentence in it: a portal lays each out on
    a line of its own, so however long it is it never continues onto the next line, which is
    the report (or its title)."""
    line = line.strip()
    if _SENTENCE.search(line):
        return False
    menu = len(set(_UI_WORDS.findall(line))) >= 2
    site = _site_id(line) or _browser_title(line) or english_banner(line)
    return bool(menu or _CRUMB_LINE.search(line) or site)


def text_lines(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """(offset, line) pairs; a field line with the report (or its title) run on after its
    date (「发布时间：2024-02-20 09:302023年，白鹭镇…」, line breaks lost in copying) is two lines."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n")[:limit]:
        # labels need a colon, unless a long one opens the line (a table copied without them)
        labelled = ((":" in line or "：" in line) and _LABEL.search(line)) or _BARE_LABEL.match(
            line
        )
        cut = (_RUN_ON.search(line) or _RUN_ON_TITLE.search(line)) if labelled else None
        if not cut and _BRACKET_LABEL.search(line):
            cut = _RUN_ON_BRACKET.search(line)
        if not cut and _site_id(line):
            ends = list(_SITE_END.finditer(line))
            cut = ends[-1] if ends and len(line) - ends[-1].end() >= 6 else None
        if cut:
            out += [(pos, line[: cut.end()]), (pos + cut.end(), line[cut.end() :])]
        else:
            out.append((pos, line))
        pos += len(line) + 1
    return out


# a portal's tool bar (「字体:[ ]」「字号【大 中 小】」「打印」) is the last of its field line
_TOOLS = re.compile(r"(?:(?:(?:字体|字号)[:：]?\s*[\[【][\s大中小]*[\]】]|打印)\s*)+")
# how a report's first sentence opens: 「2024年，」「2023年以来，」「今年以来，」「一年来，」
_OPENING = re.compile(r"(?:(?:19|20)\d{2}年(?:度|以来)?|今年以来|一年来|过去一年)[，,]")


def report_run_on(line: str) -> int:
    """Where the report starts in a field line it was run on to (「公开方式:政府网站2025年,白鹭镇…」):
    the first report opening after the last field label, else the end of the tool bar closing
    a portal's field line (「字体[ ]根据《…》的规定,…」); 0 when the line holds no label or neither."""
    ends = [m.end() for m in _LABEL.finditer(line)]
    if not ends:
        return 0
    if m := _OPENING.search(line, ends[-1]):
        return m.start()
    t = _TOOLS.search(line, ends[-1])  # in no sentence: 「,为群众打印文书」 is the report's
    ok = t and not _SENTENCE.search(line, ends[-1], t.start()) and _SENTENCE.search(line, t.end())
    return t.end() if ok else 0


def _names_report(line: str) -> bool:
    """A report's title (「青柳镇人民政府2024年度…报告」), not a field's value: it names a
    report and is longer than a genre value (「工作报告」)."""
    return bool(_NAMES_REPORT.search(line)) and len(line) >= 10 and not _VALUE.fullmatch(line)


def read_chrome(text: str, limit: int = 3000) -> Chrome:
    """Labelled fields and furniture lines at the top of ``text`` (simplified)."""
    chrome = Chrome()
    pending: tuple[str, int] | None = None  # a label whose value is on the next line
    seen: list[tuple[int, str]] = []
    for start, line in text_lines(text[:limit]):
        stripped = line.strip(" \t\u3000")
        if not stripped:
            continue
        seen.append((start, stripped))
        if pending is not None:
            label, _ = pending
            pending = None
            # an empty cell (「浏览次数：」「发文字号：」) takes no value from the report's first
            # sentence, nor its title unless the cell is the title's (「标题：」)
            if not (
                _LABEL.search(stripped)
                or _bare_fields(stripped)
                or _prose(stripped)
                or (_kind(label) != "title" and _names_report(stripped))
            ):
                chrome.lines.add(start)
                _keep(chrome, label, stripped.strip("•·*- "), start)
                continue
        # the page's date with no label: alone under the title, or before 「来源：」
        if _LONE_DATE.fullmatch(stripped):
            chrome.stamps.append(stripped.strip("【】[] "))
        elif stamp := _STAMP.match(stripped):
            chrome.stamps.append(stamp.group(1))
        # a site line holding a report's name has had the title run on to it: not chrome then
        site_line = not (_SENTENCE.search(stripped) or _NAMES_REPORT.search(stripped))
        if _site_id(stripped) and site_line and len(stripped) <= 100:
            chrome.lines.add(start)
            chrome.sites += [(start, m.group(0)) for m in _SITE_OWNER.finditer(stripped)]
            continue
        pairs = _fields(stripped) or _bare_fields(stripped) or _bracket_fields(stripped)
        if pairs:
            chrome.lines.add(start)
            for label, value in pairs:
                if value:
                    _keep(chrome, label, value, start)
                else:
                    pending = (label, start)
            continue
        if site := _SITE.match(stripped) or _site_then_menu(stripped):
            chrome.lines.add(start)  # 「青禾县人民政府门户网站」: the host publishes
            chrome.publishers.append((start, site.group(1)))
        elif header := _header_cells(stripped):
            chrome.lines.add(start)
            for kind, value in header:
                (chrome.titles if kind == "title" else chrome.publishers).append((start, value))
        elif stripped[:1] in "•·" and (organs := _bare_organs(stripped)):
            chrome.lines.add(start)  # an unlabelled value list: the organ in it publishes
            chrome.publishers += [(start, organ) for organ in organs]
        elif _BREADCRUMB.search(stripped):  # 「首页 > 乡镇 > 白鹭镇 > 政务公开」
            chrome.lines.add(start)
            chrome.crumbs += [c.strip() for c in re.split(rf"[{_SEP}/／]+", stripped) if c.strip()]
        elif is_nav(stripped) or (
            _DATE_VALUE.match(stripped.lstrip("•·*- ")) and len(stripped) < 30
        ):
            chrome.lines.add(start)
    chrome.lines -= title_heads(seen, chrome.lines)
    return chrome


def _site_then_menu(line: str) -> re.Match | None:
    """A portal's banner with its menu run on to it (「汀兰市人民政府门户网站 首页 政务公开」,
    「…门户网站 www.x.gov.cn 首页 | 政务公开」): the site's name, as on a line of its own."""
    m = _SITE_HEAD.match(line)
    return m if m and not _SENTENCE.search(line) and _NAV_WORDS.search(line, m.end()) else None


def _keep(chrome: Chrome, label: str, value: str, start: int) -> None:
    kind = _kind(label)
    if kind == "publisher":
        chrome.publishers.append((start, value))
    elif kind == "title":
        chrome.titles.append((start, value))
    elif kind == "date":
        chrome.dates.append(value)
