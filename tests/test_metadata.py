from __future__ import annotations

import pytest

from ingest.clean import clean_text
from ingest.metadata import extract
from ingest.organ_units import organ_units
from tests.conftest import CORPUS, SEEDS


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_metadata_comes_from_the_text(name):
    text = clean_text((CORPUS / name).read_text(encoding="utf-8"))
    ex = extract(text, name)
    assert (ex.township, ex.county, ex.year) == SEEDS[name]
    assert ex.level == "乡镇"
    assert ex.title


def test_report_without_title_gets_a_title_from_its_own_words():
    text = clean_text((CORPUS / "004_43a8054b3d808e27.txt").read_text(encoding="utf-8"))
    ex = extract(text, "004_43a8054b3d808e27.txt")
    assert ex.title == "云乐镇2023年度法治建设工作报告"
    assert ex.title_end == 0


def test_file_name_is_only_a_fallback():
    text = "各位代表：\n现在，我代表深圳市人民政府，向大会作政府工作报告，请予审议。\n一、回顾\n全市经济。"
    ex = extract(text, "南山区2020年政府工作报告_2020.txt")
    assert (ex.township, ex.level) == ("深圳市", "地市")
    generic = "各位代表：\n现在，我代表区人民政府向大会作工作报告。\n一、回顾\n全区经济稳步增长。"
    ex = extract(generic, "2019年坪山区政府工作报告_2019.txt")
    assert (ex.unit, ex.level, ex.year) == ("坪山区", "区县", 2019)
    assert ex.sources["unit"].origin == "file name"
    # the text never names the city above; only the gazetteer can, and says so
    assert (ex.parent, ex.sources["parent"].origin) == ("深圳市", "gazetteer")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("重庆市南岸区峡口镇人民政府", {"city": "重庆市", "county": "南岸区", "town": "峡口镇"}),
        (
            "鲁山县辛集乡人民政府关于2023年法治政府建设情况的报告",
            {"county": "鲁山县", "town": "辛集乡"},
        ),
        (
            "深圳市光明区人民政府关于2021年度法治政府建设情况的报告",
            {"city": "深圳市", "county": "光明区"},
        ),
        ("2023年荆竹铺镇法治政府建设年度报告", {"town": "荆竹铺镇"}),
    ],
)
def test_unit_chains(line, expected):
    assert organ_units(line) == expected
