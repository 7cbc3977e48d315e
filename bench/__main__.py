"""``python -m bench --one SPEC``: the measuring child of ``reportqa bench``.

Started as a package's ``__main__`` on purpose: a spawned ingest worker re-imports its
parent's main module unless that is some package's ``__main__``, and the child run as
``bench.run`` made every worker import the bench and pydantic (~0.25 s of CPU each) that
a ``reportqa ingest`` worker never imports, so the bench timed more than the command.
"""

import sys

from bench.run import _child_main

sys.exit(_child_main(sys.argv[1:]))
