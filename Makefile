# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGES := reportqa stores ingest retrieval answering library export webapp cli bench

.PHONY: install run ask test lint format chromium clean eval metadata-floors

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# CPU torch first, so sentence-transformers never pulls a CUDA build
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# an editable install leaves our own modules uncompiled, and where PYTHONDONTWRITEBYTECODE is
	# set every process compiles ~200 of them again (~0.5 s CPU each start); compiled once here,
	# a module edited later is recompiled in memory (its stale .pyc is checked and ignored)
	$(BIN)/python -m compileall -q -j 0 app.py $(PACKAGES)
	touch $(STAMP)

install: $(STAMP)

# ingest the bundled corpus and open the app on http://127.0.0.1:7860
run: $(STAMP)
	$(BIN)/reportqa ingest corpus/
	$(BIN)/reportqa serve

# answer one question from the command line: make ask Q="哪些乡镇聘请了法律顾问"
ask: $(STAMP)
	$(BIN)/reportqa ingest corpus/ >/dev/null
	$(BIN)/reportqa ask "$(Q)"

chromium:
	@(command -v chromium >/dev/null 2>&1 && fc-list :lang=zh | grep -q .) || \
		(apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# answer quality gates: `reportqa eval` exits 1 below a floor (floors just under what we measure;
# raise them as answers improve). The shared dev sets sit beside the repo when present.
# Facts count only in answers that cite (a false 「没有写明」 showed the number uncited and
# used to score as found): heldout h43 and web w68/w71 are such misses, hence 0.95 / 0.94.
SHARED ?= ../shared
EVAL_DATA ?= .eval
# run one eval: its headline figures on one line, the whole table and misses when a floor fails
EVAL_RUN = sh -c 'out=$$("$$@"); rc=$$?; [ $$rc -eq 0 ] || printf "%s\n" "$$out"; printf "%s\n" "$$out" | grep -E "^(questions|which_f1|facts|compare|none_correct|citation_faithfulness):" | tr "\n" " "; echo; exit $$rc' eval
# one seen blind set as a floor: ingest its pages, eval its questions against the given floors
# para2: users' questions over one seen blind set's pages (released from blind in stop 18), on its library
define para2_floor
	REPORTQA_DATA_DIR=$(EVAL_DATA)/$(1) $(EVAL_RUN) $(BIN)/reportqa eval tests/data/para2/$(1).jsonl \
		--gold tests/data/$(1)/web_real/meta_gold.jsonl $(2)
endef
define broad_floor
	REPORTQA_DATA_DIR=$(EVAL_DATA)/$(2) $(EVAL_RUN) $(BIN)/reportqa eval tests/data/$(1)/$(2).jsonl \
		--gold tests/data/$(2)/web_real/meta_gold.jsonl $(3)
endef
define blind_floor
	REPORTQA_DATA_DIR=$(EVAL_DATA)/$(1) $(BIN)/reportqa ingest tests/data/$(1)/web_real/ >/dev/null
	REPORTQA_DATA_DIR=$(EVAL_DATA)/$(1) $(EVAL_RUN) $(BIN)/reportqa eval tests/data/$(1)/web_real/questions.jsonl $(2)
endef
eval: $(STAMP)
	rm -rf $(EVAL_DATA)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(BIN)/reportqa ingest corpus/ >/dev/null
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/heldout_seed.jsonl \
		--min-f1 0.95 --min-facts 0.95 --min-compare 0.90
	@if [ -f $(SHARED)/eval/seed_dev.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval $(SHARED)/eval/seed_dev.jsonl \
			--min-f1 0.99 --min-facts 0.99 --min-compare 0.99; fi
	@if [ -f $(SHARED)/corpus-web/questions.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(BIN)/reportqa ingest $(SHARED)/corpus-web/ >/dev/null && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval $(SHARED)/corpus-web/questions.jsonl \
			--min-f1 0.95 --min-facts 0.98 --min-compare 0.95 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/para/questions.jsonl \
			--min-f1 0.93 --min-facts 0.95 --min-compare 0.95 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/para5/questions.jsonl \
			--min-f1 0.80 --min-facts 0.98 --min-compare 0.90 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/broad19/questions.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.93; fi
	@if [ -d $(SHARED)/corpus-sz ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/sz $(BIN)/reportqa ingest $(SHARED)/corpus-sz/ >/dev/null && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/sz $(EVAL_RUN) $(BIN)/reportqa eval tests/data/probes_qa5.jsonl \
			--min-facts 0.95 --min-none 0.95; fi
	# real web pages written into blind sets (tests/data/blind3-8, READMEs): no longer blind, kept as floors
	$(call blind_floor,blind3,--min-f1 0.92 --min-facts 0.95 --min-compare 0.80 --min-none 0.95)
	$(call blind_floor,blind4,--min-f1 0.90 --min-facts 0.95 --min-compare 0.90 --min-none 0.95)
	$(call blind_floor,blind5,--min-f1 0.92 --min-facts 0.95 --min-compare 0.90 --min-none 0.85)
	$(call blind_floor,blind6,--min-f1 0.93 --min-facts 0.90 --min-compare 0.90 --min-none 0.95)
	$(call blind_floor,blind7,--min-f1 0.92 --min-facts 0.85 --min-compare 0.95 --min-none 0.95)
	$(call blind_floor,blind8,--min-f1 0.88 --min-facts 0.88 --min-compare 0.95 --min-none 0.95)
	$(call blind_floor,blind9,--min-f1 0.95 --min-facts 0.90 --min-compare 0.95 --min-none 0.95)
	$(call blind_floor,blind10,--min-f1 0.88 --min-facts 0.88 --min-compare 0.95 --min-none 0.95)
	$(call blind_floor,blind11,--min-f1 0.74 --min-facts 0.88 --min-compare 0.85 --min-none 0.95)
	$(call blind_floor,blind12,--min-f1 0.78 --min-facts 0.88 --min-compare 0.88 --min-none 0.95)
	# blind13: written code-blind in stop 28, dev since its end (measured 0.58/0.83/0.78/1.00 then, 0.74/0.92/0.90/1.00 end of stop 29)
	$(call blind_floor,blind13,--min-f1 0.70 --min-facts 0.88 --min-compare 0.85 --min-none 0.95)
	# blind14: written code-blind in stop 29, dev since its end (measured 0.60/0.93/0.68/0.93; 0.80/0.93/1.00/1.00
	# after stop 30's rounds, merged in stop 31)
	$(call blind_floor,blind14,--min-f1 0.77 --min-facts 0.90 --min-compare 0.95 --min-none 0.95)
	# blind15: written code-blind in stop 30, dev since stop 31 (measured 0.80/0.93/0.79/1.00 at its start,
	# 0.95/1.00/1.00/1.00 at its end)
	$(call blind_floor,blind15,--min-f1 0.92 --min-facts 0.95 --min-compare 0.95 --min-none 0.95)
	# blind16: written code-blind in stop 30 (held30), measured by aggregates only until stop 32, dev since
	# (0.90/0.86/0.72/1.00 at stop 32's first merge; 1.00/1.00/0.95/1.00 after its misses were read and fixed)
	$(call blind_floor,blind16,--min-f1 0.97 --min-facts 0.95 --min-compare 0.92 --min-none 0.95)
	# blind17: written code-blind in stop 37 (held37), diagnosed and fixed in it (0.77/0.81/0.83/0.88 → 1.00/0.95/0.98/1.00)
	$(call blind_floor,blind17,--min-f1 0.97 --min-facts 0.92 --min-compare 0.95 --min-none 0.95)
	# blind18: written code-blind in stop 37 (held38), diagnosed in stop 39 (0.86/1.00/0.68/0.88 → 0.97/1.00/1.00/1.00)
	$(call blind_floor,blind18,--min-f1 0.95 --min-facts 0.97 --min-compare 0.97 --min-none 0.95)
	# blind19, blind20: written code-blind in stop 39 (held39, held40), diagnosed in it (0.63/0.95/0.82/1.00 →
	# 0.89/1.00/0.98/1.00; 0.51/0.79/0.59/1.00 → 0.82/0.97/0.88/1.00)
	$(call blind_floor,blind19,--min-f1 0.86 --min-facts 0.97 --min-compare 0.95 --min-none 0.95)
	$(call blind_floor,blind20,--min-f1 0.79 --min-facts 0.94 --min-compare 0.85 --min-none 0.95)
	# blind21: written code-blind in stop 39 (held41), diagnosed in stop 42 (0.60/0.89/0.65/0.89 → 0.83/0.93/0.79/1.00;
	# r06 and r09 never name their unit, so their rows stay lost)
	$(call blind_floor,blind21,--min-f1 0.80 --min-facts 0.90 --min-compare 0.76 --min-none 0.95)
	# blind22: written code-blind in stop 42 (held42), diagnosed in its round two (0.76/0.79/0.67/1.00 → 0.90/0.90/0.71/1.00;
	# r04 never names its unit)
	$(call blind_floor,blind22,--min-f1 0.87 --min-facts 0.87 --min-compare 0.68 --min-none 0.95)
	# blind23: written code-blind in stop 42 (held43), fresh through rounds one and two (0.70/0.82/0.70/1.00 both),
	# diagnosed in round three (0.77/0.86/0.70/1.00; r04 never names its unit)
	$(call blind_floor,blind23,--min-f1 0.74 --min-facts 0.83 --min-compare 0.67 --min-none 0.95)
	# blind24: stop 44's code-blind questions over 10 real 深圳 work reports (held44; tests/data/blind24/README.md):
	# odd ids diagnosed, even ids held out; main 0.83/0.71/0.65/0.88 ctl 0.75 → end of stop (docs/evidence.md "Stop 44")
	$(call blind_floor,blind24,--min-f1 0.89 --min-facts 0.84 --min-compare 0.91 --min-none 0.95)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind24 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind24/controls.jsonl --min-f1 0.94
	# q46: stop 44's code-blind chat questions over the 5 seed reports (held46; tests/data/q46/README.md)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q46/questions.jsonl \
		--gold tests/data/q46/meta_gold.jsonl --min-f1 0.88 --min-facts 0.85 --min-compare 0.92 --min-none 0.95
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q46/controls.jsonl --min-f1 0.97
	# q45: stop 44's code-blind questions in new words over the 43 corpus-web pages (held45; tests/data/q45/README.md)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q45/questions.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.79 --min-facts 0.93 --min-compare 0.88 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q45/controls.jsonl --min-f1 0.95; fi
	# stop 48's four code-blind sets (docs/evidence.md "Stop 48"; odd ids diagnosed, even ids held out): floors ~0.03
	# under the end-of-stop figures. blind25: one district in two years (held48; main 0.37/0.61/0.56/1.00 ctl 0.78)
	$(call blind_floor,blind25,--min-f1 0.95 --min-facts 0.93 --min-compare 0.89 --min-none 0.95)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind25 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind25/controls.jsonl \
		--gold tests/data/blind25/web_real/meta_gold.jsonl --min-f1 0.97
	# blind26: reports of four levels, 国务院 to district (held50; main 0.62/0.44/0.56/0.88 ctl 0.80)
	$(call blind_floor,blind26,--min-f1 0.91 --min-facts 0.85 --min-compare 0.90 --min-none 0.95)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind26 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind26/controls.jsonl \
		--gold tests/data/blind26/web_real/meta_gold.jsonl --min-f1 0.90
	# q51: chat conversations over the 5 seed reports (held51; main 0.85/0.89/0.85/1.00)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q51/questions.jsonl \
		--gold tests/data/q51/meta_gold.jsonl --min-f1 0.83 --min-facts 0.93 --min-compare 0.97 --min-none 0.95
	REPORTQA_DATA_DIR=$(EVAL_DATA)/seed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q51/controls.jsonl \
		--gold tests/data/q51/meta_gold.jsonl --min-f1 0.97
	# q49: chat conversations over the 43 corpus-web pages (held49; main 0.71/0.91/0.75/1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q49/questions.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.96 --min-facts 0.92 --min-compare 0.97 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q49/controls.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.96; fi
	# stop 52's two code-blind sets, held out whole (docs/evidence.md "Stop 52"): floors ~0.03 under the end figures.
	# blind27: 10 unused 深圳 district/新区 reports, 6 units, 26 follow-ups (held52; main 0.45/0.64/0.82/0.82 ctl 0.94,
	# end 0.53/0.64/0.83/0.82 ctl 0.99; stop 55, diagnosed: 0.83/0.96/0.93/0.91)
	$(call blind_floor,blind27,--min-f1 0.79 --min-facts 0.92 --min-compare 0.89 --min-none 0.87)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind27 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind27/controls.jsonl \
		--gold tests/data/blind27/web_real/meta_gold.jsonl --min-f1 0.95
	# q53: one mixed library, the 43 corpus-web pages and the 5 seeds together (held53; main 0.86/0.83/0.90/1.00;
	# stop 55, diagnosed: 1.00/0.91/1.00/1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(BIN)/reportqa ingest $(SHARED)/corpus-web/ corpus/ >/dev/null && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q53/questions.jsonl \
			--gold tests/data/q53/meta_gold.jsonl --min-f1 0.96 --min-facts 0.87 --min-compare 0.96 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q53/controls.jsonl \
			--gold tests/data/q53/meta_gold.jsonl --min-f1 0.95; fi
	# stop 55's two code-blind sets, held out whole (docs/evidence.md "Stop 55"): floors ~0.03 under the end figures.
	# blind28: 10 more unused 深圳 reports, 8 units, 28 follow-ups (held54; main 0.38/0.50/0.64/0.70 ctl 0.98,
	# end 0.50/0.54/0.64/0.70 ctl 0.98; stop 56, diagnosed: 0.77/0.75/0.96/1.00)
	$(call blind_floor,blind28,--min-f1 0.74 --min-facts 0.72 --min-compare 0.93 --min-none 0.97)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind28 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind28/controls.jsonl \
		--gold tests/data/blind28/web_real/meta_gold.jsonl --min-f1 0.95
	# q55: the mixed library again (q53's), 32 follow-ups (held55; main 0.77/1.00/0.57/1.00 ctl 0.99, end the same
	# but which 0.79; stop 56, diagnosed: 0.93/1.00/0.87/1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q55/questions.jsonl \
			--gold tests/data/q55/meta_gold.jsonl --min-f1 0.90 --min-facts 0.97 --min-compare 0.83 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q55/controls.jsonl \
			--gold tests/data/q55/meta_gold.jsonl --min-f1 0.95; fi
	# stop 56's two code-blind sets, held out whole (docs/evidence.md "Stop 56"): floors ~0.03 under the end figures.
	# blind29: 10 more unused 深圳 reports, 6 units (罗湖 ×3, 宝安 ×2, 大鹏 ×2), 27 follow-ups (held56; main and end
	# 0.60/0.60/0.47/0.82 ctl 0.78: no row's score moved; stop 57, diagnosed: 0.83/0.80/0.83/1.00 ctl 1.00)
	$(call blind_floor,blind29,--min-f1 0.80 --min-facts 0.77 --min-compare 0.80 --min-none 0.97)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind29 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind29/controls.jsonl \
		--gold tests/data/blind29/web_real/meta_gold.jsonl --min-f1 0.97
	# q57: the mixed library again, 82 questions, 25 follow-ups (held57; main and end 0.90/0.96/0.80/1.00 ctl 0.98;
	# stop 57, diagnosed and three arguable golds settled: 0.99/1.00/1.00/1.00 ctl 0.98)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q57/questions.jsonl \
			--gold tests/data/q57/meta_gold.jsonl --min-f1 0.96 --min-facts 0.97 --min-compare 0.97 --min-none 0.97 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q57/controls.jsonl \
			--gold tests/data/q57/meta_gold.jsonl --min-f1 0.95; fi
	# stop 57's two code-blind sets, held out whole (docs/evidence.md "Stop 57"): floors ~0.03 under the end figures.
	# blind30: 10 more unused 深圳 reports, 9 units (盐田 ×2, 龙华 ×2, 深圳市 2009 among them), 25 follow-ups (held58;
	# main 0.76/0.65/0.65/0.90 ctl 1.00, end 0.76/0.65/0.66/0.90 ctl 1.00; stop 58 diagnosed: 0.92/0.91/0.88/1.00,
	# floors raised at stop 62 by ~0.03 or one row)
	$(call blind_floor,blind30,--min-f1 0.89 --min-facts 0.86 --min-compare 0.85 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind30 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind30/controls.jsonl \
		--gold tests/data/blind30/web_real/meta_gold.jsonl --min-f1 0.97
	# q59: the mixed library again, 93 questions, 28 follow-ups (held59; main 0.82/1.00/0.79/1.00 ctl 0.98, end the same;
	# stop 58 diagnosed: 0.96/1.00/0.98/1.00, floors raised at stop 62)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q59/questions.jsonl \
			--gold tests/data/q59/meta_gold.jsonl --min-f1 0.93 --min-facts 0.97 --min-compare 0.95 --min-none 0.97 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q59/controls.jsonl \
			--gold tests/data/q59/meta_gold.jsonl --min-f1 0.95; fi
	# stop 58's two code-blind sets, held out whole (docs/evidence.md "Stop 58"): floors ~0.03 under the end figures.
	# blind31: 10 more unused 深圳 reports (光明 ×2, 宝安 ×2, 国务院 2021, 坪山新区管委会 2016), 25 follow-ups (held60;
	# main 0.78/0.68/0.69/0.90 ctl 0.99, end 0.79/0.68/0.75/0.90 ctl 0.99; stop 62 diagnosed: 0.93/0.72/0.95/1.00 ctl 0.99)
	$(call blind_floor,blind31,--min-f1 0.90 --min-facts 0.67 --min-compare 0.92 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind31 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind31/controls.jsonl \
		--gold tests/data/blind31/web_real/meta_gold.jsonl --min-f1 0.96
	# q61: the mixed library again, 94 questions, 28 follow-ups (held61; main 0.69/0.96/0.86/0.88 ctl 0.93, end 0.72/0.96/0.86/0.88;
	# stop 62 diagnosed: 0.95/0.96/0.97/0.94 ctl 0.99)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q61/questions.jsonl \
			--gold tests/data/q61/meta_gold.jsonl --min-f1 0.92 --min-facts 0.93 --min-compare 0.94 --min-none 0.90 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q61/controls.jsonl \
			--gold tests/data/q61/meta_gold.jsonl --min-f1 0.96; fi
	# stop 62's two code-blind sets, held out whole (docs/evidence.md "Stop 62"): floors ~0.03 (or one row) under the end figures.
	# blind32: 10 more unused 深圳 reports (南山 ×2, 国务院 2016/2017, 广东省 2016, 深圳市 2016/2022), 27 follow-ups (held62;
	# main 0.81/0.46/0.71/0.90 ctl 1.00, end 0.81/0.46/0.74/0.90 ctl 0.99; stop 64 diagnosed: 0.96/0.92/0.79/1.00 ctl 1.00,
	# floors raised by ~0.03 or one row)
	$(call blind_floor,blind32,--gold tests/data/blind32/web_real/meta_gold.jsonl --min-f1 0.93 --min-facts 0.88 --min-compare 0.76 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind32 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind32/controls.jsonl \
		--gold tests/data/blind32/web_real/meta_gold.jsonl --min-f1 0.97
	# q63: the mixed library again, 96 questions, 28 follow-ups (held63; main and end 0.80/0.96/0.94/0.93 ctl 0.99;
	# stop 64 diagnosed, gold64: 1.00/1.00/1.00/1.00 ctl 1.00, floors raised by ~0.03 or one row)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q63/questions.jsonl \
			--gold tests/data/q63/meta_gold.jsonl --min-f1 0.96 --min-facts 0.96 --min-compare 0.94 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q63/controls.jsonl \
			--gold tests/data/q63/meta_gold.jsonl --min-f1 0.96; fi
	# stop 64's two code-blind sets, held out whole (docs/evidence.md "Stop 64"): floors ~0.03 (or one row) under the end figures.
	# blind33: 10 more unused 深圳/广东 reports (深圳市 2008, 盐田 ×2, 龙岗 2015, 大鹏新区管委会 2017, 光明 ×2, 坪山 ×2,
	# 广东省 2020), 29 follow-ups (held64; main 0.62/0.78/0.47/0.90 ctl 0.82, end 0.63/0.78/0.47/0.90 ctl 0.82; stop 66
	# diagnosed: 0.93/1.00/0.93/1.00 ctl 0.99, floors raised to ~0.03 or one row under)
	$(call blind_floor,blind33,--gold tests/data/blind33/web_real/meta_gold.jsonl --min-f1 0.90 --min-facts 0.95 --min-compare 0.87 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind33 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind33/controls.jsonl \
		--gold tests/data/blind33/web_real/meta_gold.jsonl --min-f1 0.96
	# q65: the mixed library again, 93 questions, 29 follow-ups (held65; main 0.87/0.96/0.86/0.93 ctl 0.97, end 0.88/0.96/0.86/0.93
	# ctl 0.97; stop 66 diagnosed, gold66: 0.98/1.00/0.92/1.00 ctl 0.99, floors raised to ~0.03 or one row under)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q65/questions.jsonl \
			--gold tests/data/q65/meta_gold.jsonl --min-f1 0.95 --min-facts 0.96 --min-compare 0.89 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q65/controls.jsonl \
			--gold tests/data/q65/meta_gold.jsonl --min-f1 0.96; fi
	# stop 66's two code-blind sets, held out whole (docs/evidence.md "Stop 66"): floors ~0.03 (or one row) under the end figures.
	# blind34: 10 more unused reports (光明 2020, 国务院 2025, 坪山 2021/2022 — 2021 is a page of site navigation only —,
	# 大鹏新区管委会 2016, 广东省 2018/2022, 深圳市 2021, 福田 2017, 龙岗 2025), 25 follow-ups (held66; main 0.80/0.71/0.67/0.70
	# ctl 1.00, end 0.80/0.71/0.73/0.70 ctl 1.00; stop 68 diagnosed: 0.91/0.92/0.95/0.90 ctl 1.00, floors raised to ~0.03 or one row under)
	$(call blind_floor,blind34,--gold tests/data/blind34/web_real/meta_gold.jsonl --min-f1 0.88 --min-facts 0.87 --min-compare 0.92 --min-none 0.80)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind34 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind34/controls.jsonl \
		--gold tests/data/blind34/web_real/meta_gold.jsonl --min-f1 0.97
	# q67: the mixed library again, 93 questions, 28 follow-ups (held67; main and end 0.83/0.88/0.91/1.00 ctl 0.97; stop 68
	# diagnosed: 0.94/0.96/1.00/1.00 ctl 1.00, floors raised to ~0.03 or one row under)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q67/questions.jsonl \
			--gold tests/data/q67/meta_gold.jsonl --min-f1 0.91 --min-facts 0.92 --min-compare 0.94 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q67/controls.jsonl \
			--gold tests/data/q67/meta_gold.jsonl --min-f1 0.97; fi
	# stop 68's two code-blind sets, held out whole (docs/evidence.md "Stop 68"): floors ~0.03 (or one row) under the end figures.
	# blind35: 10 more unused reports (南山, 坪山 2021/2024, 宝安, 广东省, 深圳市 2006/2017, 罗湖, 龙华, 龙岗), 25 follow-ups
	# (held68; main 0.67/0.58/0.76/0.80 ctl 0.98, end 0.71/0.58/0.76/0.80 ctl 0.98; stop 70 diagnosed: 0.89/0.75/0.84/1.00
	# ctl 1.00 before abbr70, floors raised to ~0.03 or one row under)
	$(call blind_floor,blind35,--gold tests/data/blind35/web_real/meta_gold.jsonl --min-f1 0.86 --min-facts 0.71 --min-compare 0.81 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind35 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind35/controls.jsonl \
		--gold tests/data/blind35/web_real/meta_gold.jsonl --min-f1 0.97
	# q69: the mixed library again, 92 questions, 28 follow-ups (held69; main 0.94/0.96/0.95/0.93 ctl 0.97, end
	# 0.95/1.00/0.97/0.93 ctl 0.97; stop 70 diagnosed, gold70: 1.00/1.00/0.97/1.00 ctl 1.00, floors raised)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q69/questions.jsonl \
			--gold tests/data/q69/meta_gold.jsonl --min-f1 0.97 --min-facts 0.96 --min-compare 0.94 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q69/controls.jsonl \
			--gold tests/data/q69/meta_gold.jsonl --min-f1 0.97; fi
	# stop 70's two code-blind sets, held out whole (docs/evidence.md "Stop 70"): floors ~0.03 (or one row) under the end figures.
	# blind36: 10 more unused reports (国务院 2019, 坪山 2019, 广东省 2023/2025, 深圳市 2001/2019, 盐田 2018, 福田 2022, 罗湖 2020, 龙岗 2018), 25 follow-ups
	# (held70; main 0.84/0.71/0.81/0.80 ctl 1.00)
	$(call blind_floor,blind36,--gold tests/data/blind36/web_real/meta_gold.jsonl --min-f1 0.81 --min-facts 0.67 --min-compare 0.78 --min-none 0.70)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind36 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind36/controls.jsonl \
		--gold tests/data/blind36/web_real/meta_gold.jsonl --min-f1 0.97
	# q71: the mixed library again, 90 questions, 28 follow-ups (held71; main 0.88/1.00/0.83/0.93 ctl 1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q71/questions.jsonl \
			--gold tests/data/q71/meta_gold.jsonl --min-f1 0.85 --min-facts 0.96 --min-compare 0.80 --min-none 0.86 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q71/controls.jsonl \
			--gold tests/data/q71/meta_gold.jsonl --min-f1 0.97; fi
	# stop 72's two code-blind sets, held out whole (docs/evidence.md "Stop 72"): floors ~0.03 (or one row) under the end figures.
	# blind37: the last 10 unused reports (国务院 2015/2020, 广东省 2014/2015, 深圳市 2002/2010, 大鹏 2015, 光明 2021, 福田 2016, 宝安 2021), 26 follow-ups
	# (held72; main 0.73/0.56/0.71/0.90 ctl 1.00; floors raised at stop 76 under its figures then, 0.95/0.72/0.88/1.00)
	$(call blind_floor,blind37,--gold tests/data/blind37/web_real/meta_gold.jsonl --min-f1 0.92 --min-facts 0.68 --min-compare 0.84 --min-none 0.90)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind37 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind37/controls.jsonl \
		--gold tests/data/blind37/web_real/meta_gold.jsonl --min-f1 0.97
	# q73: the mixed library again, 90 questions, 28 follow-ups (held73; main 0.77/0.96/0.83/0.93 ctl 1.00; stop 76 0.97/0.96/0.94/1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q73/questions.jsonl \
			--gold tests/data/q73/meta_gold.jsonl --min-f1 0.94 --min-facts 0.92 --min-compare 0.91 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q73/controls.jsonl \
			--gold tests/data/q73/meta_gold.jsonl --min-f1 0.97; fi
	# stop 74's two code-blind sets, held out whole (docs/evidence.md "Stop 74"): floors ~0.03 (or one row) under the end figures.
	# blind38: 10 report openings written for the purpose (fictional content, real units: 递铺街道, 周庄镇, 柳江镇, 巩义市,
	# 大瑶镇 2022/2023, 顺德区, 尼山镇, 安溪县, 西江镇; two in traditional characters), 25 follow-ups (held75; main 0.64/0.71/0.88/0.82 ctl 0.93; stop 76 0.86/0.92/0.98/0.91 ctl 0.94)
	$(call blind_floor,blind38,--gold tests/data/blind38/web_real/meta_gold.jsonl --min-f1 0.84 --min-facts 0.87 --min-compare 0.94 --min-none 0.81)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind38 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind38/controls.jsonl \
		--gold tests/data/blind38/web_real/meta_gold.jsonl --min-f1 0.91
	# q74: the mixed library again, 96 questions, 28 follow-ups (held74; main 0.87/0.90/0.90/1.00 ctl 0.96; stop 76 0.99/0.97/0.98/1.00 ctl 1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q74/questions.jsonl \
			--gold tests/data/q74/meta_gold.jsonl --min-f1 0.96 --min-facts 0.93 --min-compare 0.95 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q74/controls.jsonl \
			--gold tests/data/q74/meta_gold.jsonl --min-f1 0.97; fi
	# stop 76's two code-blind sets, held out whole (docs/evidence.md "Stop 76"): floors ~0.03 (or one row) under the end figures.
	# blind39: 10 report openings written for the purpose (fictional content, real units in 9 other provinces: 三坡镇, 柳巷街道,
	# 小溪塔街道, 宏村镇, 街津口赫哲族乡, 七里镇 2024/2025, 林西县, 美兰区, 珲春市; two in traditional characters), 24 follow-ups
	# (held76; main 0.71/0.77/0.93/0.85 ctl 0.73, end 0.78/0.81/0.93/0.85 ctl 0.73; stop 77 0.94/0.88/1.00/1.00 ctl 0.87)
	$(call blind_floor,blind39,--gold tests/data/blind39/web_real/meta_gold.jsonl --min-f1 0.91 --min-facts 0.84 --min-compare 0.95 --min-none 0.92)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind39 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind39/controls.jsonl \
		--gold tests/data/blind39/web_real/meta_gold.jsonl --min-f1 0.83
	# q77: the mixed library again, 90 questions, 28 follow-ups (held77; main 0.73/0.92/0.89/0.80 ctl 0.96, end 0.76/0.92/0.89/0.80;
	# stop 77 0.89/0.92/0.97/0.87 ctl 0.97; stop 78 0.92/0.92/0.97/0.87 ctl 0.97; stop 80 0.92/0.92/0.97/0.93)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q77/questions.jsonl \
			--gold tests/data/q77/meta_gold.jsonl --min-f1 0.89 --min-facts 0.88 --min-compare 0.94 --min-none 0.86 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q77/controls.jsonl \
			--gold tests/data/q77/meta_gold.jsonl --min-f1 0.94; fi
	# stop 77's two code-blind sets, held out whole (docs/evidence.md "Stop 77"): floors ~0.03 (or one row) under the end figures.
	# blind40: 10 report openings written for the purpose (fictional content, real units in 9 provinces not used before:
	# 新民市, 婺源县, 武鸣区, 长哨营满族乡, 小白楼街道, 朱家角镇 2021/2022, …; two in traditional characters), 26 follow-ups
	# (held78; main 0.74/0.83/0.97/1.00 ctl 0.92, end 0.77/0.86/0.97/1.00 ctl 0.95; stop 78 0.79/0.90/0.97/1.00 ctl 0.96; stop 80 0.79/0.93/0.97/1.00)
	$(call blind_floor,blind40,--gold tests/data/blind40/web_real/meta_gold.jsonl --min-f1 0.76 --min-facts 0.90 --min-compare 0.94 --min-none 0.91)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind40 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind40/controls.jsonl \
		--gold tests/data/blind40/web_real/meta_gold.jsonl --min-f1 0.93
	# q79: the mixed library again, 94 questions, 28 follow-ups (held79; main 0.57/0.96/0.74/1.00 ctl 0.99, end the same;
	# stop 78 0.78/1.00/0.85/1.00 ctl 0.99)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q79/questions.jsonl \
			--gold tests/data/q79/meta_gold.jsonl --min-f1 0.75 --min-facts 0.96 --min-compare 0.81 --min-none 0.93 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q79/controls.jsonl \
			--gold tests/data/q79/meta_gold.jsonl --min-f1 0.96; fi
	# stop 78's two code-blind sets, held out whole (docs/evidence.md "Stop 78"): floors ~0.03 (or one row) under the end figures.
	# blind41: 10 report openings written for the purpose (fictional content, real units: 观音桥街道, 八廓街道, 九乡彝族回族乡,
	# 西柳镇 2022/2023, 南泥湾镇, 包家店镇, 阳朔县, 格尔木市 (县级市), 郫都区; two in traditional characters), 24 follow-ups
	# (held80; main 0.62/0.69/0.69/1.00 ctl 0.79, end the same; stop 80 0.83/0.92/0.88/1.00 ctl 0.92)
	$(call blind_floor,blind41,--gold tests/data/blind41/web_real/meta_gold.jsonl --min-f1 0.80 --min-facts 0.89 --min-compare 0.85 --min-none 0.91)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind41 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind41/controls.jsonl \
		--gold tests/data/blind41/web_real/meta_gold.jsonl --min-f1 0.89
	# q81: the mixed library again, 94 questions, 28 follow-ups (held81; main 0.52/0.86/0.81/0.73 ctl 1.00, end 0.53/0.86/0.81/0.73;
	# stop 80 0.95/0.97/0.91/0.93 ctl 1.00)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q81/questions.jsonl \
			--gold tests/data/q81/meta_gold.jsonl --min-f1 0.92 --min-facts 0.94 --min-compare 0.88 --min-none 0.86 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q81/controls.jsonl \
			--gold tests/data/q81/meta_gold.jsonl --min-f1 0.96; fi
	# stop 80's two code-blind sets, held out whole (docs/evidence.md "Stop 80"): floors ~0.03 (or one row) under the end figures.
	# blind42: 10 report openings written for the purpose (fictional content, real units in 9 provinces not used before:
	# 江岸苏木 (内蒙古), 宣和镇 2022/2023 (宁夏), 松江河镇, 黄腊布依族苗族乡, 暖泉镇, 崇安街道, 海林市 (县级市), 琼山区, 平遥县;
	# two in traditional characters), 24 follow-ups (held82; main 0.84/0.93/0.86/0.92 ctl 0.90, end 0.84/0.96/0.86/0.92 ctl 0.90)
	$(call blind_floor,blind42,--gold tests/data/blind42/web_real/meta_gold.jsonl --min-f1 0.81 --min-facts 0.92 --min-compare 0.83 --min-none 0.83)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind42 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind42/controls.jsonl \
		--gold tests/data/blind42/web_real/meta_gold.jsonl --min-f1 0.87
	# q83: the mixed library again, 90 questions, 28 follow-ups (held83; main 0.49/0.79/0.80/0.67 ctl 0.95, end 0.49/0.79/0.80/0.73)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q83/questions.jsonl \
			--gold tests/data/q83/meta_gold.jsonl --min-f1 0.46 --min-facts 0.75 --min-compare 0.77 --min-none 0.66 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q83/controls.jsonl \
			--gold tests/data/q83/meta_gold.jsonl --min-f1 0.92; fi
	# stop 82's two code-blind sets, held out whole (docs/evidence.md "Stop 82"): floors ~0.03 (or one row) under the end figures.
	# blind43: 10 report openings written for the purpose (fictional content, real units in 9 provinces not used before:
	# 北海街道 (浙江), 贝尔苏木 (内蒙古), 诸城市 (县级市), 崆峒区, 金涵畲族乡, 庙子镇 2019/2023, 搬经镇, 天堂寨镇, 石花镇; two in
	# traditional characters), 25 follow-ups (held84; main 0.66/0.71/0.79/0.75 ctl 0.85, end 0.70/0.71/0.79/0.83 ctl 0.85)
	$(call blind_floor,blind43,--gold tests/data/blind43/web_real/meta_gold.jsonl --min-f1 0.67 --min-facts 0.67 --min-compare 0.74 --min-none 0.75)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind43 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind43/controls.jsonl \
		--gold tests/data/blind43/web_real/meta_gold.jsonl --min-f1 0.80
	# stop 84's code-blind set, held out whole (docs/evidence.md "Stop 84"): blind44 = held86, 11 report openings of 10 units
	# in 10 provinces not used before (四都乡, 蒙顶山镇, 辉苏木, 清溪镇, 双溪镇 2023/2024, 和顺镇, 蒲圻街道, 溧阳市, 荣成市, 迁西县;
	# two in traditional characters), 21 follow-ups (held out at stop 84: main and end 0.74/0.71/0.96/0.92 ctl 1.00, row for row;
	# dev at stop 86: 0.91/0.95/0.98/0.92 ctl 1.00)
	$(call blind_floor,blind44,--gold tests/data/blind44/web_real/meta_gold.jsonl --min-f1 0.88 --min-facts 0.90 --min-compare 0.91 --min-none 0.84)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind44 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind44/controls.jsonl \
		--gold tests/data/blind44/web_real/meta_gold.jsonl --min-f1 0.97 --min-facts 0.97 --min-compare 0.97
	# stop 86's code-blind set, held out whole (docs/evidence.md "Stop 86"): blind45 = held87, 10 report openings of 9 units
	# in 9 provinces not used before (晏河乡, 三河镇 2022/2023, 青阳街道, 唐昌镇, 潘家湾镇, 红格尔苏木, 寿光市, 临泽县, 新会区;
	# two in traditional characters), 22 follow-ups (main and end 0.61/0.85/0.87/0.69 ctl 0.98, row for row;
	# dev at stop 88: 0.77/0.90/0.95/0.92 ctl 0.98)
	$(call blind_floor,blind45,--gold tests/data/blind45/web_real/meta_gold.jsonl --min-f1 0.74 --min-facts 0.85 --min-compare 0.87 --min-none 0.84)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind45 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind45/controls.jsonl \
		--gold tests/data/blind45/web_real/meta_gold.jsonl --min-f1 0.95 --min-facts 0.97 --min-compare 0.97
	# stop 88's code-blind set, held out whole (docs/evidence.md "Stop 88"): blind46 = held88, 10 report openings of 9 units
	# in 9 provinces not used before (於潜镇, 止戈镇, 花石镇, 羊口镇, 锡尼河西苏木, 石牌街道, 感德镇, 宾川县 2022/2023, 黎川县;
	# two in traditional characters), 23 follow-ups (main and merge 0.68/0.73/0.98/1.00 ctl 1.00/0.89/1.00, identical;
	# dev after stop 88's second round: 0.89/0.86/1.00/1.00)
	$(call blind_floor,blind46,--gold tests/data/blind46/web_real/meta_gold.jsonl --min-f1 0.86 --min-facts 0.81 --min-compare 0.91 --min-none 0.91)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind46 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind46/controls.jsonl \
		--gold tests/data/blind46/web_real/meta_gold.jsonl --min-f1 0.97 --min-facts 0.77 --min-compare 0.97
	# stop 90's code-blind set (docs/evidence.md "Stop 90"): blind47 = held90, 10 report openings of 9 units in 9 provinces
	# not used before (壶镇镇 2022/2023, 岸堤镇, 吉尔嘎朗图苏木, 榜头镇, 西樵镇, 西津街道, 南康区, 康县, 仁怀市; two in traditional
	# characters), 22 follow-ups (main and int88 0.78/0.85/1.00/0.86 ctl 0.83/1.00/1.00/1.00, identical; after stop 90's
	# work by mechanism 0.88/0.85/1.00/0.86 ctl 0.88/1.00/1.00/1.00): floors one row under
	$(call blind_floor,blind47,--gold tests/data/blind47/web_real/meta_gold.jsonl --min-f1 0.85 --min-facts 0.80 --min-compare 0.92 --min-none 0.78)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind47 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind47/controls.jsonl \
		--gold tests/data/blind47/web_real/meta_gold.jsonl --min-f1 0.76 --min-facts 0.87 --min-none 1.0
	# stop 92's code-blind set (docs/evidence.md "Stop 92"): blind48 = held92, 10 report openings of 9 units in 8 provinces
	# not used before (青城山镇 2022/2023, 湖坑镇, 江湾镇, 兴坪镇, 阿尔巴斯苏木, 灯塔街道, 东阳市, 准格尔旗, 周村区; two in
	# traditional characters), 23 follow-ups (main and stop 92's first change identical 0.69/0.77/0.92/0.75 ctl 0.93/0.89/1.00;
	# after stop 92's work by mechanism 0.82/0.95/0.94/0.83 ctl 0.93/1.00/1.00): floors one row under
	$(call blind_floor,blind48,--gold tests/data/blind48/web_real/meta_gold.jsonl --min-f1 0.79 --min-facts 0.90 --min-compare 0.86 --min-none 0.75)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind48 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind48/controls.jsonl \
		--gold tests/data/blind48/web_real/meta_gold.jsonl --min-f1 0.73 --min-facts 0.88
	# stop 94's code-blind set (docs/evidence.md "Stop 94"): blind49 = held94, 10 report openings of 9 units in 9 provinces
	# not used before (尖山镇, 安丰镇, 李庄镇, 朝克乌拉苏木, 赤坎镇, 乔口镇, 舟水桥街道, 嵩县 2022/2023, 莱西市; two in traditional
	# characters), 22 follow-ups (main 0.66/0.83/0.71/1.00 ctl 0.83/1.00/0.50, metadata 0.90; after stop 94's work by
	# mechanism 0.89/0.87/0.94/1.00 ctl 0.92/1.00/1.00): floors one row under
	$(call blind_floor,blind49,--gold tests/data/blind49/web_real/meta_gold.jsonl --min-f1 0.86 --min-facts 0.83 --min-compare 0.88 --min-none 0.91)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind49 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind49/controls.jsonl \
		--gold tests/data/blind49/web_real/meta_gold.jsonl --min-f1 0.85 --min-facts 0.87
	# stop 96's code-blind set (docs/evidence.md "Stop 96"): blind50 = held96, 10 report openings of 9 units in 9 provinces
	# not used before (坂中畲族乡, 长胜街道, 高田乡, 奇克镇, 枫木镇 2022/2023, 巴彦高勒镇, 金塔县, 凤城市, 杜集区; two in
	# traditional characters, two text tables), 22 follow-ups (main 0.77/0.70/0.87/0.58 ctl 0.76/1.00/0.50; after stop 96's
	# work by mechanism 0.93/0.96/0.95/0.75 ctl 0.95/1.00/0.50): floors one row under
	$(call blind_floor,blind50,--gold tests/data/blind50/web_real/meta_gold.jsonl --min-f1 0.90 --min-facts 0.91 --min-compare 0.87 --min-none 0.66)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind50 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind50/controls.jsonl \
		--gold tests/data/blind50/web_real/meta_gold.jsonl --min-f1 0.90 --min-facts 0.90
	# stop 98's code-blind set (docs/evidence.md "Stop 98"): blind51 = held98, 10 report openings of 9 units in 9 provinces
	# not used before (望谟县, 宕昌县, 虎林市, 虎形山瑶族乡, 小桥大街街道 2022/2023, 拐儿镇, 长竹园乡, 湾岭镇, 向阳镇; two in
	# traditional characters, a spaced table and a 「｜」 table), 22 follow-ups (main 0.69/0.78/0.94/0.67 ctl 1.00/1.00/1.00;
	# after stop 98's work by mechanism 0.87/0.91/0.94/0.67 ctl 1.00/1.00/1.00): floors one row under
	$(call blind_floor,blind51,--gold tests/data/blind51/web_real/meta_gold.jsonl --min-f1 0.83 --min-facts 0.86 --min-compare 0.86 --min-none 0.58)
	REPORTQA_DATA_DIR=$(EVAL_DATA)/blind51 $(EVAL_RUN) $(BIN)/reportqa eval tests/data/blind51/controls.jsonl \
		--gold tests/data/blind51/web_real/meta_gold.jsonl --min-f1 0.50 --min-facts 0.91 --min-none 1.0
	# q85: the mixed library again, 90 questions, 28 follow-ups (held85; main and end 0.65/0.92/0.81/0.93 ctl 0.98)
	@if [ -f $(SHARED)/corpus-web/meta_gold.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q85/questions.jsonl \
			--gold tests/data/q85/meta_gold.jsonl --min-f1 0.62 --min-facts 0.87 --min-compare 0.78 --min-none 0.86 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/mixed $(EVAL_RUN) $(BIN)/reportqa eval tests/data/q85/controls.jsonl \
			--gold tests/data/q85/meta_gold.jsonl --min-f1 0.93; fi
	# para2 (measured 0.96/0.67/1.00/1.00, 0.63/0.67/0.83/1.00, 0.42/1.00/1.00/1.00, 1.00/1.00/1.00/1.00,
	# 0.72/1.00/1.00/1.00, 0.67/1.00/0.00/1.00 per file; pooled 0.74/0.89/0.81/1.00 at stop 18's merge)
	$(call para2_floor,blind3,--min-f1 0.90 --min-facts 0.60 --min-compare 0.95 --min-none 0.95)
	$(call para2_floor,blind4,--min-f1 0.58 --min-facts 0.95 --min-compare 0.78 --min-none 0.95)
	$(call para2_floor,blind5,--min-f1 0.85 --min-facts 0.95 --min-compare 0.95 --min-none 0.95)
	$(call para2_floor,blind6,--min-f1 0.95 --min-facts 0.95 --min-compare 0.95 --min-none 0.95)
	$(call para2_floor,blind7,--min-f1 0.93 --min-facts 0.95 --min-compare 0.95 --min-none 0.95)
	# blind8 which 0.67 → 0.50 at stop 80 (p803 「这里面哪些是新疆的」 after 「…把一把手的法治职责列成清单印发的」) and back to
	# 0.67 at stop 82 (b8fix: a fieldless role before 职责 says whose duty, the field before it which — 法治建设第一责任人职责
	# is a 法治 duty, retrieval.duty_roles); the floor is 0.62 again
	$(call para2_floor,blind8,--min-f1 0.62 --min-facts 0.95 --min-none 0.95)
	# broad and scoped which-questions over the same pages (broad20, broad21: docs/evidence.md, stop 20)
	$(call broad_floor,broad20,blind3,--min-f1 0.88)
	$(call broad_floor,broad20,blind5,--min-f1 0.77)
	$(call broad_floor,broad20,blind7,--min-f1 0.73)
	$(call broad_floor,broad21,blind4,--min-f1 0.76)
	$(call broad_floor,broad21,blind6,--min-f1 0.65)
	$(call broad_floor,broad21,blind8,--min-f1 0.89)
	# fact and compare questions over the same pages (facts22: docs/evidence.md, stop 20)
	$(call broad_floor,facts22,blind4,--min-facts 0.97 --min-compare 0.78)
	$(call broad_floor,facts22,blind6,--min-facts 0.85 --min-compare 0.95)
	$(call broad_floor,facts22,blind8,--min-facts 0.90 --min-compare 0.92)
	# narrow questions in everyday words (narrow22: docs/evidence.md, stop 20) — regression guards, the gap itself
	$(call broad_floor,narrow22,blind3,--min-f1 0.63 --min-facts 0.45 --min-none 0.95)
	$(call broad_floor,narrow22,blind5,--min-f1 0.30 --min-facts 0.70 --min-none 0.95)
	$(call broad_floor,narrow22,blind7,--min-f1 0.40 --min-facts 0.70 --min-none 0.95)
	# the same kind over other pages, written unseen by this stop's rules (narrow23: docs/evidence.md, stop 21)
	$(call broad_floor,narrow23,blind4,--min-f1 0.05 --min-facts 0.62 --min-none 0.95)
	$(call broad_floor,narrow23,blind6,--min-f1 0.06 --min-facts 0.80 --min-none 0.95)
	# blind8 0.24 → 0.18 (stop 23, stated): none24's graded share counts a compound with its parts once, and n23_8w11
	# (讲反腐 with its part 反腐) fell below the majority; the rule answered a lure (医保基金监管) none
	$(call broad_floor,narrow23,blind8,--min-f1 0.17 --min-facts 0.80 --min-none 0.95)
	# none-questions built to lure, with which controls (none24: docs/evidence.md, stop 23; measured
	# none 0.90 web, 1.00 blind3-8; which 1.00/0.50/0.83/1.00/1.00/1.00 at the start of stop 24)
	@if [ -f $(SHARED)/corpus-web/questions.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/none24/web.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.95 --min-none 0.85; fi
	$(call broad_floor,none24,blind3,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none24,blind4,--min-f1 0.45 --min-none 0.95)
	$(call broad_floor,none24,blind5,--min-f1 0.78 --min-none 0.95)
	$(call broad_floor,none24,blind6,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none24,blind7,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none24,blind8,--min-f1 0.95 --min-none 0.95)
	# lures narrowed by a word no report writes, each with its twin (none27: docs/evidence.md, stop 27;
	# measured none 1.00/0.88/0.78/0.78/0.71/0.56, twins' which 1.00 x5 / 0.86 for blind3-8 at the end of stop 27)
	$(call broad_floor,none27,blind3,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none27,blind4,--min-f1 0.95 --min-none 0.85)
	$(call broad_floor,none27,blind5,--min-f1 0.95 --min-none 0.75)
	$(call broad_floor,none27,blind6,--min-f1 0.95 --min-none 0.75)
	$(call broad_floor,none27,blind7,--min-f1 0.95 --min-none 0.70)
	$(call broad_floor,none27,blind8,--min-f1 0.83 --min-none 0.55)
	# lures by a rate, a forsworn deed, a near person, a bound met by another count, a dropped one-character
	# modifier, another field; each with its twin (none28: docs/evidence.md, stop 28; measured none
	# 0.89/1.00/0.33/0.25/0.50/1.00/0.00, twins' which 0.96/1.00/0.89/1.00/1.00/1.00/1.00 for blind3-8,10)
	$(call broad_floor,none28,blind3,--min-f1 0.95 --min-none 0.85)
	$(call broad_floor,none28,blind4,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none28,blind5,--min-f1 0.85 --min-none 0.30)
	$(call broad_floor,none28,blind6,--min-f1 0.95 --min-none 0.20)
	$(call broad_floor,none28,blind7,--min-f1 0.95 --min-none 0.45)
	$(call broad_floor,none28,blind8,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none28,blind10,--min-f1 0.95)
	# lures whose bound only another deed's count in the sentence meets, or naming a profession engaged that no
	# report names; each with its twin (none29: docs/evidence.md, stop 29; measured none 1.00 on every library,
	# twins' which 1.00/1.00/1.00/0.00/0.33/0.50/1.00/1.00 for blind3,4,6,8,9,10,12,13 — the empty twins are
	# query-analysis misses measured the same at 0ff3b25)
	$(call broad_floor,none29,blind3,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none29,blind4,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none29,blind6,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none29,blind8,--min-none 0.95)
	$(call broad_floor,none29,blind9,--min-f1 0.30 --min-none 0.95)
	$(call broad_floor,none29,blind10,--min-f1 0.45 --min-none 0.95)
	$(call broad_floor,none29,blind12,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none29,blind13,--min-f1 0.95 --min-none 0.95)
	# none30 lures (region, form and field lures over blind3/11/12/13/14, each with its twin; stop 30,
	# measured 1.00/1.00 on every set after its round)
	$(call broad_floor,none30,blind3,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none30,blind11,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none30,blind12,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none30,blind13,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,none30,blind14,--min-f1 0.95 --min-none 0.95)
	# stop 31's helper-written questions over blind13-15 pages, written before reading code (which31, fact31,
	# cmp31: docs/evidence.md, stop 31); floors just under the end-of-stop figures
	$(call broad_floor,which31,blind14,--min-f1 0.90)
	$(call broad_floor,which31,blind15,--min-f1 0.74)
	$(call broad_floor,fact31,blind13,--min-facts 0.83 --min-none 0.95)
	$(call broad_floor,fact31,blind14,--min-facts 0.86 --min-none 0.95)
	$(call broad_floor,fact31,blind15,--min-facts 0.89 --min-none 0.95)
	$(call broad_floor,cmp31,blind13,--min-compare 0.85)
	$(call broad_floor,cmp31,blind14,--min-compare 0.88)
	$(call broad_floor,cmp31,blind15,--min-compare 0.75)
	# stop 32's helper-written questions over blind10-12 pages (and corpus-web, corpus-sz below), written before
	# reading code (docs/evidence.md, stop 32); floors just under the figures at the merge
	$(call broad_floor,which32,blind10,--min-f1 0.80)
	$(call broad_floor,which32,blind11,--min-f1 0.76)
	$(call broad_floor,which32,blind12,--min-f1 0.92)
	$(call broad_floor,fact32,blind10,--min-facts 0.95 --min-none 0.95)
	$(call broad_floor,fact32,blind11,--min-facts 0.95 --min-none 0.95)
	$(call broad_floor,fact32,blind12,--min-facts 0.95 --min-none 0.95)
	$(call broad_floor,cmp32,blind10,--min-compare 0.88)
	$(call broad_floor,cmp32,blind11,--min-compare 0.87)
	$(call broad_floor,cmp32,blind12,--min-compare 0.95)
	$(call broad_floor,meta32,blind10,--min-f1 0.95 --min-facts 0.95)
	$(call broad_floor,meta32,blind11,--min-f1 0.95 --min-facts 0.95)
	$(call broad_floor,meta32,blind12,--min-f1 0.95 --min-facts 0.95)
	$(call broad_floor,sup32,blind14,--min-f1 0.95)
	$(call broad_floor,sup32,blind15,--min-f1 0.95 --min-compare 0.95)
	# stop 32's second round (blind16's misses): the helpers' own questions over blind13-15 and corpus-web
	$(call broad_floor,which33,blind13,--min-f1 0.80)
	$(call broad_floor,which33,blind14,--min-f1 0.45)
	$(call broad_floor,which33,blind15,--min-f1 0.95)
	$(call broad_floor,meta33,blind13,--min-f1 0.95 --min-compare 0.95)
	$(call broad_floor,meta33,blind14,--min-f1 0.95 --min-facts 0.95)
	$(call broad_floor,meta33,blind15,--min-f1 0.95)
	$(call broad_floor,cell33,blind14,--min-facts 0.95 --min-compare 0.95)
	$(call broad_floor,cell33,blind15,--min-facts 0.95)
	$(call broad_floor,cell34,blind8,--min-facts 0.95 --min-compare 0.95)
	$(call broad_floor,cell34,blind10,--min-facts 0.95 --min-compare 0.95)
	$(call broad_floor,cell34,blind13,--min-facts 0.95 --min-compare 0.95)
	$(call broad_floor,cell34,blind14,--min-facts 0.95 --min-compare 0.95)
	# 0.82 since stop 37: or34_14_05 「健全了会前学法（或常务会学法）机制的有哪些地方？」 also lists 镇江市 (「市政府常务会议
	# 专题学法6次」: the asker's second name spelled in full; main lists it for 常务会学法 asked alone) — arguable gold, stated
	$(call broad_floor,or34,blind14,--min-f1 0.80 --min-none 0.95)
	$(call broad_floor,or34,blind15,--min-f1 0.95 --min-none 0.95)
	$(call broad_floor,meta34,blind15,--min-f1 0.95 --min-facts 0.95)
	$(call broad_floor,meta35,blind16,--min-f1 0.95)
	@if [ -f $(SHARED)/corpus-web/questions.jsonl ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/which33/web.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.95 --min-none 0.95 && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/cell33/web.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-facts 0.95; fi
	@if [ -f $(SHARED)/corpus-web/questions.jsonl ]; then \
		for s in cmp32 fact32 meta32; do \
			REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/$$s/web.jsonl \
				--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.95 --min-facts 0.95 --min-compare 0.95 \
				--min-none 0.95 || exit 1; done && \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/web $(EVAL_RUN) $(BIN)/reportqa eval tests/data/sup32/web.jsonl \
			--gold $(SHARED)/corpus-web/meta_gold.jsonl --min-f1 0.83 --min-compare 0.95; fi
	@if [ -d $(SHARED)/corpus-sz ]; then \
		REPORTQA_DATA_DIR=$(EVAL_DATA)/sz $(EVAL_RUN) $(BIN)/reportqa eval tests/data/years32/sz.jsonl \
			--gold tests/data/meta_gold_sz.jsonl --min-f1 0.95 --min-compare 0.90; fi
	# compare questions over the same pages (cmp24: docs/evidence.md, stop 23; measured 1.00/0.88/0.95/0.89/
	# 0.85/1.00/1.00/1.00 for blind3-10 at the start of stop 24)
	$(call broad_floor,cmp24,blind3,--min-compare 0.95)
	$(call broad_floor,cmp24,blind4,--min-compare 0.83)
	$(call broad_floor,cmp24,blind5,--min-compare 0.90)
	$(call broad_floor,cmp24,blind6,--min-compare 0.84)
	$(call broad_floor,cmp24,blind7,--min-compare 0.80)
	$(call broad_floor,cmp24,blind8,--min-compare 0.95)
	$(call broad_floor,cmp24,blind9,--min-compare 0.95)
	$(call broad_floor,cmp24,blind10,--min-compare 0.95)
	rm -rf $(EVAL_DATA)

# every check: lint, format, metadata accuracy floors, the answer eval floors, then the whole
# test suite (browser test included)
test: $(STAMP) chromium lint metadata-floors eval
	$(BIN)/python -m pytest

# metadata extraction must not regress: seeds, made-up probes, and the shared dev corpora
metadata-floors: $(STAMP)
	$(BIN)/reportqa eval-metadata tests/data/meta_gold_seeds.jsonl --dir corpus --min all=1.0
	$(BIN)/reportqa eval-metadata tests/data/probes_meta/meta_gold.jsonl --min all=1.0
	$(BIN)/reportqa eval-metadata tests/data/probes_meta28/meta_gold.jsonl --min all=1.0
	$(BIN)/reportqa eval-metadata tests/data/blind3/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind4/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind5/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind6/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind7/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind8/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind9/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/meta34/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/meta35/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind10/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind11/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind12/web_real/meta_gold.jsonl --min all=1.0
	$(BIN)/reportqa eval-metadata tests/data/blind13/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind14/web_real/meta_gold.jsonl --min all=0.90
	$(BIN)/reportqa eval-metadata tests/data/blind15/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind16/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind17/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind18/web_real/meta_gold.jsonl --min all=0.97
	$(BIN)/reportqa eval-metadata tests/data/blind19/web_real/meta_gold.jsonl --min all=0.97
	$(BIN)/reportqa eval-metadata tests/data/blind20/web_real/meta_gold.jsonl --min all=0.97
	# blind21: r06 鄂州市 and r09 石台县 never name themselves in their text (README): 0.85 is the most a reader gets
	$(BIN)/reportqa eval-metadata tests/data/blind21/web_real/meta_gold.jsonl --min all=0.80
	# blind22: r04 never names its unit (0.90 at most); blind23: r04 unnamed, r03's years rewritten by its copy site
	$(BIN)/reportqa eval-metadata tests/data/blind22/web_real/meta_gold.jsonl --min all=0.88
	$(BIN)/reportqa eval-metadata tests/data/blind23/web_real/meta_gold.jsonl --min all=0.55
	$(BIN)/reportqa eval-metadata tests/data/blind24/web_real/meta_gold.jsonl --min all=0.95
	$(BIN)/reportqa eval-metadata tests/data/blind25/web_real/meta_gold.jsonl --min all=0.97
	# blind26: its gold gives 广东省 the parent 中国; the library gives a province none (meta_gold_sz's convention)
	$(BIN)/reportqa eval-metadata tests/data/blind26/web_real/meta_gold.jsonl --min all=0.87
	$(BIN)/reportqa eval-metadata tests/data/blind27/web_real/meta_gold.jsonl --min all=0.97
	# blind28: r03 (大鹏新区 2021) gets no parent from its text (0.90 at most)
	$(BIN)/reportqa eval-metadata tests/data/blind28/web_real/meta_gold.jsonl --min all=0.87
	# blind29: r03/r04 (大鹏) open mid-report and never name their unit; r02/r05 (罗湖/宝安 2021) review and plan five years
	# blind29: since stop 57 the 大鹏 reports are named (新区管委会 as a self-name) and the term reports dated
	$(BIN)/reportqa eval-metadata tests/data/blind29/web_real/meta_gold.jsonl --min all=0.97
	# blind30: 0.90 at stop 58 (one report's year); 1.00 since stop 64 (a work report dated by its own headings)
	$(BIN)/reportqa eval-metadata tests/data/blind30/web_real/meta_gold.jsonl --min all=0.97
	# blind31: its gold's year is [reviewed, delivered] as meta_gold_sz's; r10 (龙华 2021 term report) dated 2018 until
	# stop 64 (a term report dated by its five-year plan's first year): 1.00
	$(BIN)/reportqa eval-metadata tests/data/blind31/web_real/meta_gold.jsonl --min all=0.97
	# blind32: 0.90 at stop 62 (广东省 2016 dated 2010 by a base year in its body); 1.00 since stop 64
	$(BIN)/reportqa eval-metadata tests/data/blind32/web_real/meta_gold.jsonl --min all=0.97
	# blind33: 0.90 at stop 64 (r02, 盐田 2019, named 粤港澳大湾区: a region is no unit, a short self-name counts); 1.00 since stop 66
	$(BIN)/reportqa eval-metadata tests/data/blind33/web_real/meta_gold.jsonl --min all=0.97
	# blind34: 0.90 at stop 66 (r05, 大鹏新区管委会 2016, dated 2012); 1.00 since stop 68 (「三、2016年的工作重点」 is the plan heading)
	$(BIN)/reportqa eval-metadata tests/data/blind34/web_real/meta_gold.jsonl --min all=0.97
	# blind35: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind35/web_real/meta_gold.jsonl --min all=0.97
	# blind36: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind36/web_real/meta_gold.jsonl --min all=0.97
	# blind37: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind37/web_real/meta_gold.jsonl --min all=0.97
	# blind38: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind38/web_real/meta_gold.jsonl --min all=0.97
	# blind39: 0.90 at stop 76 (held out): 街津口赫哲族乡 read as 津口赫哲族乡; 1.00 since stop 77 (an ethnic township's name
	# is place + people + 族乡, over five characters before 乡)
	$(BIN)/reportqa eval-metadata tests/data/blind39/web_real/meta_gold.jsonl --min all=0.97
	# blind40: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind40/web_real/meta_gold.jsonl --min all=0.97
	# blind41: 0.90 at main and end (held out): r09 格尔木市 (a 县级市, traditional characters) read with no unit; stop 80 1.00
	$(BIN)/reportqa eval-metadata tests/data/blind41/web_real/meta_gold.jsonl --min all=0.97
	# blind42: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind42/web_real/meta_gold.jsonl --min all=0.97
	# blind43: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind43/web_real/meta_gold.jsonl --min all=0.97
	# blind44: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind44/web_real/meta_gold.jsonl --min all=0.97
	# blind45: 1.00 at main and end (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind45/web_real/meta_gold.jsonl --min all=0.97
	# blind46: 1.00 at main and merge (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind46/web_real/meta_gold.jsonl --min all=0.97
	# blind47: 1.00 at main and int90 (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind47/web_real/meta_gold.jsonl --min all=0.97
	# blind48: 1.00 at main and int92 (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind48/web_real/meta_gold.jsonl --min all=0.97
	# blind49: 0.90 at main (r10 莱西市 read as 部分镇), 1.00 at the end of stop 94 (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind49/web_real/meta_gold.jsonl --min all=0.97
	# blind50: 1.00 at main and at the end of stop 96 (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind50/web_real/meta_gold.jsonl --min all=0.97
	# blind51: 1.00 at main and at the end of stop 98 (held out)
	$(BIN)/reportqa eval-metadata tests/data/blind51/web_real/meta_gold.jsonl --min all=0.97
	@if [ -d $(SHARED)/corpus-sz ]; then \
		$(BIN)/reportqa eval-metadata tests/data/meta_gold_sz.jsonl --dir $(SHARED)/corpus-sz --min all=1.0; fi
	@if [ -d $(SHARED)/corpus-web ]; then \
		$(BIN)/reportqa eval-metadata $(SHARED)/corpus-web/meta_gold.jsonl \
			--min unit+year=0.95 --min all=0.90; fi

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
