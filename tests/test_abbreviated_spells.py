"""A shortening saves two characters or more (``retrieval.abbreviated_runs.spells``): one
character left out makes another term (stop 70's merge: 河长制 read as short for 河湖长制 had
added the lakes' reports to 「哪些报告提到河长制」 in blind31/32/33)."""

from retrieval.abbreviated_runs import spells


def test_one_character_left_out_is_another_term():
    assert not spells("河长制", "河湖长制", ["河湖", "长制"])
    assert not spells("河长制", "河湖长制", ["河", "湖", "长制"])


def test_shortenings_that_save_two_or_more_still_spell():
    assert spells("保障房", "保障性住房", ["保障性", "住房"])
    assert spells("规上工业", "规模以上工业", ["规模", "以上", "工业"])
    assert spells("国高企业", "国家高新技术企业", ["国家", "高新技术", "企业"])
