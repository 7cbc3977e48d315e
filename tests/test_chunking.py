from __future__ import annotations

from ingest.chunking import chunk_spans, split_sections
from ingest.clean import clean_text
from ingest.metadata import extract
from tests.conftest import CORPUS, SEEDS


def _chunks(name, max_chars=600, min_chars=80):
    text = clean_text((CORPUS / name).read_text(encoding="utf-8"))
    ex = extract(text, name)
    return text, chunk_spans(text, split_sections(text, ex.title_end), max_chars, min_chars)


def test_pdf_line_breaks_are_joined_and_residue_removed():
    text = clean_text((CORPUS / "001_c3b9c402b1e66bfa.txt").read_text(encoding="utf-8"))
    assert "镇机关全体干部" in text
    assert "2023年荆竹铺镇法治政府建设年度报告" in text
    assert "\n\n" not in text
    xiakou = clean_text((CORPUS / "002_30bf7c57dd8ee9d1.txt").read_text(encoding="utf-8"))
    assert "[bookmark" not in xiakou


def test_known_passage_has_its_heading_path():
    text, spans = _chunks("000_a56d498a3fc7f791.txt")
    [path] = [p for p, s, e in spans if "雷磊" in text[s:e]]
    assert path == (
        "一、2023年度推进法治政府建设的主要举措和成效",
        "（四）推进行政决策科学化民主化法治化方面",
    )
    text, spans = _chunks("002_30bf7c57dd8ee9d1.txt")
    [path] = [p for p, s, e in spans if "调解成功238件" in text[s:e]]
    assert path[-1] == "（四）加强纠纷化解，维护社会和谐稳定"


def test_unnumbered_heading_becomes_a_section():
    text, spans = _chunks("003_fb4fb1fb4ee4856e.txt")
    [path] = [p for p, s, e in spans if "枫桥经验" in text[s:e]]
    assert path[-1] == "有效化解社会矛盾纠纷，着力解决治安突出问题"


def test_chunks_are_exact_spans_within_bounds_and_cover_the_body():
    for name in SEEDS:
        text, spans = _chunks(name, max_chars=300, min_chars=60)
        covered = 0
        for _path, s, e in spans:
            assert 0 <= s < e <= len(text)
            assert e - s <= 300
            assert text[s:e] == text[s:e].strip()
            covered += e - s
        # every character of the body outside the title block is in some chunk (bar newlines)
        assert covered >= 0.95 * len(text.replace("\n", "")) - 60


def test_long_sections_split_at_sentence_ends():
    text, spans = _chunks("002_30bf7c57dd8ee9d1.txt", max_chars=200, min_chars=40)
    for _path, _s, e in spans:
        assert text[e - 1] in "。；！？：;:!?）)”" or e == len(text) or text[e] == "\n"


def test_a_long_one_line_title_is_not_joined_to_the_first_paragraph():
    raw = (
        "重庆市南岸区峡口镇人民政府关于2023年法治政府建设情况的报告\n"
        "2023年，峡口镇在区委、区政府的领导下，扎实推进法治政府建设。\n"
    )
    text = clean_text(raw)
    assert text.split("\n")[0] == "重庆市南岸区峡口镇人民政府关于2023年法治政府建设情况的报告"
    from ingest.metadata import extract

    ex = extract(text, "x.txt")
    assert (ex.township, ex.county, ex.year) == ("峡口镇", "南岸区", 2023)
