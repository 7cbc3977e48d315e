"""Pinyin left behind a character by mirror sites (coordinator, stop 18).

Some third-party mirrors of government pages convert them to traditional characters and leave
each converted character's pinyin in brackets behind it: 「依法治鎮(zhèn)工作領(lǐng)導(dǎo)小組」. The
gloss splits every word it sits in (领导小组 was no longer found) and makes every quote from the
page unreadable, so cleaning drops a bracketed single syllable with a tone mark right after a
character; brackets holding anything else (an English word, a numeral, 略) stay."""

from __future__ import annotations

from pathlib import Path

from ingest.clean import clean_text
from tests.probe_kit import ingest_and_eval

DATA = Path(__file__).parent / "data"


def test_a_toned_syllable_behind_a_character_is_dropped():
    assert clean_text("成立依法治鎮(zhèn)工作領(lǐng)導(dǎo)小組,組長(zhǎng)由書記擔任") == (
        "成立依法治鎮工作領導小組,組長由書記擔任"
    )
    assert clean_text("聚焦綠(lǜ)色發(fā)展") == "聚焦綠色發展"


def test_other_brackets_stay():
    line = "开通政务服务(app)和小程序(wechat)，对接世界贸易组织(WTO)，第(一)条(略)"
    assert clean_text(line) == line
    assert clean_text("(zhèn)開頭的一行") == "(zhèn)開頭的一行"  # no character before it


def test_glossed_page_answers_by_its_words(tmp_path, monkeypatch, capsys):
    # before: g1a and g1b found nothing on the real glossed page (tests/data/blind6/web_real/r17.txt)
    result = ingest_and_eval(
        monkeypatch,
        capsys,
        tmp_path / "d",
        [DATA / "blind6" / "web_real"],
        DATA / "probes_glosses.jsonl",
        ["--min-facts", "1.0", "--min-none", "1.0"],
    )
    assert len(result["questions"]) == 3
