"""A span of time is no count: 「近两个月」 once read as 「近 2 个」 after stop 82 merged rough
figures (近N) with bounds said in Chinese numerals, and would have kept every unit whose
report states fewer than two 个 of anything out of the answer."""

from decimal import Decimal

from retrieval.count_bounds import bound_asked


def test_time_span_is_no_bound():
    assert bound_asked("近两个月开展普法活动的有哪些乡镇") is None
    assert bound_asked("至少3个月开展一次普法的有哪些") is None
    assert bound_asked("近3个工作日内办结的有哪些") is None


def test_counts_beside_it_still_bound():
    bound = bound_asked("聘请法律顾问不少于5个的乡镇")
    assert (bound.op, bound.value, bound.measure) == (">=", Decimal(5), "个")
    bound = bound_asked("普法活动近三百场的有哪些")
    assert (bound.value, bound.measure) == (Decimal(300), "场")
    assert bound_asked("覆盖超过3个村的有哪些").value == Decimal(3)
