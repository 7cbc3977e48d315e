"""Place names cut out of words, one-character county titles and 「X街」 for X街道, on made-up
text (no corpus report or question is reused here)."""

from __future__ import annotations

import pytest

from answering.places import unknown_places
from ingest import admin_names as an
from ingest.metadata import extract
from ingest.organ_units import organ_units
from ingest.page_chrome import is_nav
from ingest.street_names import street_subject
from reportqa.units import UnitIndex


def _units(*names):
    return UnitIndex(names), UnitIndex(())


@pytest.mark.parametrize(
    "question",
    [
        "有没有哪个镇在选副镇长时组织了宪法宣誓？",
        "哪些乡在任命副乡长时搞了宪法宣誓",
    ],
)
def test_a_title_after_the_suffix_is_no_place(tok, question):
    assert unknown_places(question, _units("花溪镇"), tok.tagged) == []


def test_a_town_before_a_word_starting_with_chang_is_still_a_place(tok):
    assert unknown_places("白鹭镇长期聘请法律顾问吗", _units("花溪镇"), tok.tagged) == ["白鹭镇"]


def test_cut_from_word_reads_word_starts_and_titles(tok):
    assert an.cut_from_word(tok.words("建设示范县称号"), 3, 5)  # 范县 inside 示范县
    assert an.cut_from_word(tok.words("选副镇长时"), 0, 3)  # 选副镇 + 长
    assert not an.cut_from_word(tok.words("赴叶县考察"), 1, 3)
    assert not an.cut_from_word(tok.words("范县人民政府"), 0, 2)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "2023年，我县荣获示范县称号，深入推进依法行政，全县示范县创建扎实推进。\n一、主要举措\n",
            "",
        ),
        (
            "蠡县人民政府\n2023年度法治政府建设情况报告\n2023年，我县荣获示范县称号。\n一、主要举措\n",
            "蠡县",
        ),
        (
            "叶县政府\n关于2022年法治政府建设的报告\n2022年，全县与青禾县交流。\n一、主要工作\n",
            "叶县",
        ),
    ],
)
def test_units_from_titles_not_from_words(text, unit):
    assert extract(text, "x.txt").township == unit


def test_a_short_organ_line_is_no_menu_item():
    assert not is_nav("滑县人民政府")
    assert is_nav("县人民政府")
    assert is_nav("政务公开")


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("2024年，榕溪街坚持以习近平法治思想为指导", "2024年，榕溪街道坚持以习近平法治思想为指导"),
        ("桂湾街党工委高度重视", "桂湾街道党工委高度重视"),
        ("2024年，沿江路街改造完成", "2024年，沿江路街改造完成"),
        ("2024年，步行街坚持错峰经营", "2024年，步行街坚持错峰经营"),
        (
            "2021年，在区委、区政府的坚强领导下，枫林街党工委、办事处紧紧围绕",
            "2021年，在区委、区政府的坚强领导下，枫林街道党工委、办事处紧紧围绕",
        ),
        ("在区委的正确领导下，石桥街坚持依法行政", "在区委的正确领导下，石桥街道坚持依法行政"),
        (
            "2023年，在镇党委的领导下，步行街党支部组织学法",
            "2023年，在镇党委的领导下，步行街党支部组织学法",
        ),
        (
            "2023年，在区委的领导下，商业街管委会开展普法",
            "2023年，在区委的领导下，商业街管委会开展普法",
        ),
    ],
)
def test_street_short_form_as_subject(clause, expected):
    assert street_subject(clause) == expected


def test_street_short_form_before_its_organ():
    assert an.most_specific(organ_units("中共桂湾街党工委关于2023年法治建设的报告")) == (
        "桂湾街道",
        "",
    )
    assert organ_units("沿江路街办事处") == {}


def test_a_banner_is_no_flag():
    """旗帜 (a flag) in 「高举…伟大旗帜」 ends no 旗 (banner); a real banner still does."""
    from ingest.gazetteer import gazetteer
    from ingest.page_chrome import read_chrome
    from ingest.report_reading import Doc, chains

    def found(run: str) -> list[tuple[str, str]]:
        return chains(Doc(run, read_chrome(""), [], 0, gazetteer()), run, True)

    assert found("高举中国特色社会主义伟大旗帜") == []
    assert found("高举思想旗帜，坚定不移") == []
    assert [u for u, _ in found("2023年，乌审旗坚持依法行政")] == ["乌审旗"]
