# `make run` and `make test` each do the whole set-up first: system libraries, .venv, packages, translations.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Qt's xcb platform (a desktop session) needs the libxcb-* libraries; offscreen tests need the first line.
APT_PACKAGES := libzbar0 postgresql socat binutils libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core \
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0
APT_PACKAGES += espeak-ng
APT_PACKAGES += libportaudio2
APT_PACKAGES += tesseract-ocr tesseract-ocr-ind
QM := ui/i18n/kiosk_id.qm

.PHONY: setup system venv run test lint bench bench-quick dist clean

setup: system $(STAMP) $(QM)

# System libraries: installed when missing (as root), otherwise the exact apt command is printed.
system:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages. Run:"; echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@if $(BIN)/pip list 2>/dev/null | grep -qiE '^opencv-(contrib-)?python '; then \
	  echo "removing the plain opencv wheel (it ships its own Qt)"; $(BIN)/pip uninstall -q -y opencv-python opencv-contrib-python; \
	  $(BIN)/pip install -q --force-reinstall --no-deps opencv-python-headless; fi
	touch $(STAMP)

$(QM): ui/i18n/kiosk_id.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent ui/i18n/kiosk_id.ts -qm $(QM)

# The default voice clips (one WAV per word, voice/clips/, not in git) from espeak-ng's Indonesian voice;
# a recorded clip put there is kept. `make voice-clips` alone remakes missing ones.
CLIPS := voice/clips/.generated
$(CLIPS): kiosk/spoken.py voice/generate.py | system $(STAMP)
	$(BIN)/python -m voice.generate voice/clips
	touch $(CLIPS)
.PHONY: voice-clips
voice-clips: $(CLIPS)
setup: $(CLIPS)

run: setup
	$(BIN)/kiosk run $(ARGS)

# One test process per core (pytest-xdist); each has its own PostgreSQL server and temporary folders.
TEST_WORKERS ?= auto
test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# The one-folder bundle dist/kiosk/ (kiosk.spec); check it with `dist/kiosk/kiosk self-test`.
dist: setup
	$(BIN)/pyinstaller --noconfirm --log-level WARN kiosk.spec

# The speed figures quoted in the README; CORPUS is the QR photo corpus for the decoder bench.
CORPUS ?= ../shared/qr-corpus
bench: setup
	$(BIN)/python -m bench.decode_bench $(CORPUS) --size both
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.ui_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.keyboard_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.checkin_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.startup_bench
	$(BIN)/python -m bench.print_bench
	$(BIN)/python -m bench.audit_bench
	$(BIN)/python -m bench.db_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.booking_bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.feed_bench
	$(BIN)/python -m bench.calling_bench
	$(BIN)/python -m bench.ktp_bench

# Every bench with a few iterations (generated QR pictures, no corpus): CI runs it to keep them alive.
bench-quick: setup
	$(BIN)/python -m bench.decode_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.ui_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.checkin_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.startup_bench --quick
	$(BIN)/python -m bench.print_bench --quick
	$(BIN)/python -m bench.audit_bench --quick
	$(BIN)/python -m bench.db_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.booking_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.feed_bench --quick
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.keyboard_bench --quick
	$(BIN)/python -m bench.calling_bench --quick
	$(BIN)/python -m bench.ktp_bench --quick

clean:
	rm -rf $(VENV) build dist $(QM)
