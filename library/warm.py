"""What every answer process loads once, whatever its library: loaded when the answer
service is made (the library's opening), not inside the first question.

jieba's part-of-speech model (its HMM tables, ~0.05 s CPU) was loaded in the middle of the
first answer, by the first question analysis that tags words. It depends on neither the
library nor the question, is loaded once per process anyway, and loading it changes no
table the tagger reads: loading it here changes no answer, only when the time is paid (the
web app opens while nobody waits). The division list (``ingest.gazetteer``) is *not*
loaded here though the first answer reads it too: ``regions()`` hands out the whole list
when it is already loaded and its own province-and-city list otherwise, so which one a
question sees would depend on this.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def load_process_tables() -> None:
    """The tagger's model, loaded once per process (a failure is left for the answer that
    tags to meet, as before)."""
    was = gc.isenabled()
    gc.disable()  # its tables are alive as long as the process: nothing to collect, and a
    try:  # full collection set off by them walked the unfrozen heap (~0.15 s at 10k)
        from jieba_fast_dat import posseg

        posseg.load_model()  # what the first ``POSTokenizer.lcut`` does
    except Exception:  # the answer that tags meets it again
        log.debug("tagger model not loaded at opening", exc_info=True)
    finally:
        if was:
            gc.enable()
