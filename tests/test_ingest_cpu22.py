"""perf22's CPU cuts in the metadata reading return exactly what the longer ways did: the chain
search that stops at the first settling chain against the exhaustive search it replaced, the
one-match whole-run test against the full parse it replaced, and the site-mark pre-test
against the plain search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest import admin_names as an
from ingest import site_marks
from ingest.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parents[1]
# the seed reports and one set of real portal pages
TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted(
    (ROOT / "tests/data/blind3/web_real").glob("*.txt")
)
_END = re.compile(
    r"(?:街道|民族乡|苏木|乡|镇|自治县|自治旗|新区|县|区|旗|市|自治州|州|盟|省|自治区)"
)
MADE_UP = [
    "青禾县白鹭镇",
    "重庆市南岸区峡口镇",
    "推进法治政府建设镇",
    "时宣传朝阳区",
    "银杏大街街道",
    "建设美丽村镇",
    "我代表城口县左岚乡",
    "全县各乡镇",
    "澄岭区望川街道",
    "四川省成都市武侯区",
]


def _exhaustive(run, known=None, plausible=None):
    """``parse_chain`` as it was before perf22: every start's chain, then the choice."""
    chains = []
    for start in range(len(run)):
        m = an._CHAIN.fullmatch(run, start)
        if m and any(m.groupdict().values()):
            parts = {k: v for k, v in m.groupdict().items() if v}
            if all(
                (
                    not an.is_generic(v)
                    or an._real_generic(v, m.start(k) in (0, *an._inner(m, k)), known)
                )
                and v[0] not in "我本该全各"
                and not an._phrase_tail(v, known)
                for k, v in parts.items()
            ):
                chains.append((start, parts))
    if not chains:
        return {}
    if known is None:
        return chains[0][1]
    real = next((c for c in chains if all(known(v) for v in c[1].values())), None)
    for start, parts in chains:
        if real is not None and start == real[0]:
            return parts
        if plausible and start == 0 and all(plausible(v) for v in parts.values()):
            return parts
    return real[1] if real else chains[0][1]


@pytest.fixture(scope="module")
def runs() -> list[str]:
    out = set(MADE_UP)
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        for m in _END.finditer(text):
            for width in (8, 16, 40):
                seg = re.search(r"[\u4e00-\u9fff]+$", text[max(0, m.end() - width) : m.end()])
                if seg:
                    out.add(seg.group(0))
    assert len(out) > 300
    return sorted(out)


def test_parse_chain_is_the_exhaustive_search(runs: list[str]) -> None:
    gaz = gazetteer()

    def known(name: str) -> bool:
        return bool(gaz.level_of(name))

    for run in runs:
        assert an.parse_chain(run) == _exhaustive(run), run
        assert an.parse_chain(run, known) == _exhaustive(run, known), run
        got = an.parse_chain(run, known, an.plausible)
        assert got == _exhaustive(run, known, an.plausible), run


def test_whole_chain_is_the_full_parse_covering_the_run(runs: list[str]) -> None:
    gaz = gazetteer()

    def known(name: str) -> bool:
        return bool(gaz.level_of(name))

    hits = 0
    for run in runs:
        for start in range(len(run)):
            tail = run[start:]
            parts = _exhaustive(tail, known)
            whole = "".join(parts.values()) == tail and all(known(v) for v in parts.values())
            assert an.whole_chain(tail, known) == (parts if whole else {}), tail
            hits += whole
    assert hits > 50  # the test sees real chains, not only misses


@pytest.mark.parametrize(
    "line",
    [
        "皖ICP备12345678号-1",
        "网站标识码：3411000001 皖公网安备 34110202000123号",
        "icp证 030173号",
        "主办单位：青禾县人民政府办公室",
        "【版权所有】青禾县人民政府",
        "Copyright © 2024 青禾县",
        "2023年，白鹭镇坚持以习近平法治思想为指导，全面推进法治政府建设。",
        "完善备案审查制度，共报备规范性文件3件，证明事项清理12项。",
        "",
    ],
)
def test_site_mark_pretest_is_the_search(line: str) -> None:
    assert site_marks.site_id(line) == bool(site_marks.SITE_ID.search(line))
