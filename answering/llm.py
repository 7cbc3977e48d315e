"""Optional LLM answers that rewrite the extractive evidence, never replace it.

The model only sees the extractive answer's verbatim quotes as numbered passages and must
cite them as [n]. Its citations are checked against those numbers; an answer with no valid
citation, or any endpoint failure, falls back to the extractive answer with a visible notice,
so a flaky or hallucinating model can degrade the wording but never the evidence.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

from answering.followup import Resolved
from answering.markers import to_runs, validate_markers
from answering.support import SupportChecker, drop_unsupported
from answering.types import Answer, Citation, Event, EventType
from reportqa.answer import Prose, verdicts
from reportqa.errors import LLMError
from reportqa.prompts import render
from reportqa.settings import Settings
from retrieval.query import Analysis

log = logging.getLogger(__name__)


class ChatLLM:
    """A chat model behind an OpenAI-compatible endpoint, via LangChain's chat interface.

    ``llm_timeout`` bounds a whole answer, not each read: a server that drips a token now
    and then would otherwise hold a user (and a slot) for minutes. At most
    ``llm_max_concurrent`` requests run at once; the others wait within their deadline.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.model = settings.llm_model
        self.base_url = settings.llm_base_url
        self._client: Any = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(max(1, settings.llm_max_concurrent))

    def _chat(self) -> Any:
        with self._lock:
            if self._client is None:
                try:
                    from langchain_openai import ChatOpenAI

                    s = self.settings
                    self._client = ChatOpenAI(
                        base_url=s.llm_base_url,
                        model=s.llm_model,
                        api_key=s.llm_api_key.get_secret_value() or "not-needed",
                        timeout=s.llm_timeout,
                        temperature=s.llm_temperature,
                        max_retries=0,
                    )
                except Exception as exc:
                    raise self._error(exc) from exc
            return self._client

    @staticmethod
    def _messages(system: str, user: str) -> list:
        from langchain_core.messages import HumanMessage, SystemMessage

        return [SystemMessage(content=system), HumanMessage(content=user)]

    def complete(self, system: str, user: str) -> str:
        """One non-streamed reply, under the same deadline, slot and finish checks."""
        messages = self._messages(system, user)
        return "".join(self._bounded(lambda chat: [chat.invoke(messages)]))

    def stream(self, system: str, user: str) -> Iterator[str]:
        """The answer's text pieces; raises LLMError on failure, on the total deadline and
        on a stream that ends without the model saying it finished."""
        messages = self._messages(system, user)
        yield from self._bounded(lambda chat: chat.stream(messages))

    def _bounded(self, request: Callable[[Any], Iterable[Any]]) -> Iterator[str]:
        deadline = time.monotonic() + self.settings.llm_timeout
        if not self._slots.acquire(timeout=self.settings.llm_timeout):
            raise LLMError("大模型服务繁忙（并发已满），请稍后再试")
        try:
            yield from self._pieces(request, self._chat(), deadline)
        finally:
            self._slots.release()

    def _pieces(self, request, chat: Any, deadline: float) -> Iterator[str]:
        """Reads the reply in a helper thread, so the deadline holds even while the server
        keeps a read open; an abandoned reply ends with its connection's read timeout."""
        pieces: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def pump() -> None:
            try:
                for chunk in request(chat):
                    if stop.is_set():
                        return
                    pieces.put(("chunk", chunk))
                pieces.put(("end", None))
            except Exception as exc:
                pieces.put(("error", exc))

        threading.Thread(target=pump, name="llm-stream", daemon=True).start()
        finished = ""
        try:
            while True:
                try:
                    kind, value = pieces.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise LLMError(
                        f"大模型在 {self.settings.llm_timeout:g} 秒内没有答完 / "
                        f"no complete answer within {self.settings.llm_timeout:g} s"
                    ) from None
                if kind == "error":
                    raise self._error(value) from value
                if kind == "end":
                    break
                meta = getattr(value, "response_metadata", None) or {}
                finished = meta.get("finish_reason") or finished
                delta = _text(value.content)
                if delta:
                    yield delta
        finally:
            stop.set()
        if not finished or finished == "length":
            raise LLMError(
                f"大模型的回答不完整（{finished or '连接中断'}）/ the answer was cut off"
            )

    def _error(self, exc: Exception) -> LLMError:
        detail = str(exc).strip() or type(exc).__name__
        key = self.settings.llm_api_key.get_secret_value()
        if key:
            detail = detail.replace(key, "***")
        if len(detail) > 300:
            detail = detail[:300] + "…"
        kind = type(exc).__name__
        return LLMError(
            f"LLM endpoint {self.base_url} (model {self.model}) failed: {kind}: {detail}"
        )


def _text(content: Any) -> str:
    """Message content as text (providers may send a list of content parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
            for p in content
        )
    return str(content or "")


def _attr(value: str) -> str:
    return (
        value.replace("&", "＆")
        .replace('"', "＂")
        .replace("<", "＜")
        .replace(">", "＞")
        .replace("\r", " ")
        .replace("\n", " ")
    )


def _body(quote: str) -> str:
    return quote.replace("<", "＜").replace(">", "＞").replace("\r", " ").replace("\n", " ")


def format_passages(citations: Iterable[Citation]) -> str:
    """Numbered passages, one per line, whose text cannot close its own tag."""
    return "\n".join(
        f'<passage n="{c.n}" township="{_attr(c.shown)}" '
        f'title="{_attr(c.title)}" section="{_attr(c.section)}">{_body(c.quote)}</passage>'
        for c in citations
    )


def llm_answer(
    llm: Any,
    lib: Any,
    analysis: Analysis,
    fallback: Answer,
    question: str,
    resolved: Resolved,
    checker: SupportChecker | None = None,
) -> Iterator[Event]:
    """Stream an LLM answer over ``fallback``'s quotes; only ``lib.settings`` is used.
    With a ``checker``, cited sentences their passages do not bear out are dropped."""
    prompts_dir = lib.settings.prompts_dir
    citations = fallback.citations
    system = render(prompts_dir, "answer_system")
    user = render(
        prompts_dir,
        "answer_user",
        question=resolved.question,
        kind=analysis.kind,
        passages=format_passages(citations),
    )
    parts: list[str] = []
    try:
        for delta in llm.stream(system, user):
            parts.append(delta)
            yield Event(EventType.TOKEN, delta)
    except LLMError as exc:
        log.warning("LLM answer failed, using the extractive answer: %s", exc)
        notice = f"大模型调用失败（{_short(str(exc))}），已改用原文摘录回答"
        yield Event(EventType.ANSWER, answer=_extractive(fallback, question, resolved, notice))
        return

    by_n = {c.n: c for c in citations}
    cleaned, used, invalid = validate_markers("".join(parts), set(by_n))
    if invalid:
        log.info("removed invalid citation markers %s from the LLM answer", invalid)
    if not used:
        log.warning("LLM answer has no valid citation, using the extractive answer")
        notice = "大模型回答没有有效引用，已改用原文摘录回答"
        yield Event(EventType.ANSWER, answer=_extractive(fallback, question, resolved, notice))
        return
    notes = [("已移除无效引用 " + "、".join(f"[{n}]" for n in invalid))] if invalid else []
    if checker is not None:
        cleaned, kept, dropped = drop_unsupported(cleaned, by_n, checker)
        if dropped and kept <= dropped:  # too little of the answer is borne out
            log.warning("LLM answer: %d of %d cited sentences unsupported", dropped, kept + dropped)
            notice = f"大模型回答中有 {dropped} 句与所引原文不符，已改用原文摘录回答"
            yield Event(EventType.ANSWER, answer=_extractive(fallback, question, resolved, notice))
            return
        if dropped:
            notes.append(f"已删除 {dropped} 句所引原文不能证实的内容")
        used = [n for n in used if f"[{n}]" in cleaned]

    cited = tuple(c for c in citations if c.n in set(used))
    named = tuple(dict.fromkeys(c.township for c in cited if c.township))
    answer = Answer(
        question=question,
        resolved_question=resolved.question,
        kind=fallback.kind,
        mode="llm",
        body=(Prose(to_runs(cleaned.strip())),),
        units=verdicts(named, fallback.not_mentioned),
        compare=fallback.compare,  # the table stays beside the model's text
        picked=fallback.picked,  # the pick is made over the table's quoted numbers
        citations=cited,
        notices=tuple(notes),
        searched=fallback.searched,
        scope=tuple(resolved.scope),
    )
    yield Event(EventType.ANSWER, answer=answer)


def _extractive(fallback: Answer, question: str, resolved: Resolved, notice: str) -> Answer:
    return replace(
        fallback,
        question=question,
        resolved_question=resolved.question,
        mode="extractive",
        notices=(notice,),
        scope=tuple(resolved.scope),
    )


def _short(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[:limit] + "…"
