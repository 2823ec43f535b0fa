# Two front-door commands: `make demo` and `make test`. Each sets itself up on a fresh machine
# (python3 with venv and make) and is fast when already set up.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
STAMP := $(VENV)/.installed
export QT_API := pyside6

.PHONY: demo test lock translations translations-update lint typecheck layers unit bench bench-scan bench-order bench-crash bench-board bench-bundle bench-keys bench-search bench-events bench-catalogue drill-storage bundle bundle-test installer installer-test screenshots clean

demo: $(STAMP) translations
	$(BIN)/tillside demo

test: $(STAMP) translations
	sh packaging/linux-test-tools.sh $(BIN)/python
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.client_overhead

bench-scan: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.scan_to_display

bench-order: $(STAMP)
	$(BIN)/python -m benchmarks.order_submit --orders 200

bench-crash: $(STAMP)
	$(BIN)/python -m benchmarks.crash_orders --rounds 75

# Key presses from a scanned basket to a confirmed pickup order, counted on the real window.
bench-keys: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.key_presses

# The search behind F2 on 100,000 generated articles: query times as typed, build, memory.
bench-search: $(STAMP)
	$(BIN)/python -m benchmarks.article_search --articles 100000

# Goods arriving to figures refreshed on the till: with the receiver, and polling Ongoing.
bench-events: $(STAMP)
	$(BIN)/python -m benchmarks.store_events --events 40 --polled-events 10

# The catalogue on disk with 100,000 articles: first and second start (time to ready,
# requests, RSS), a refresh after 1,000 changed articles, resolve latency.
bench-catalogue: $(STAMP)
	$(BIN)/python -m benchmarks.catalogue --articles 100000

# A real full disk and read-only data folder under `tillside order` (root: mounts a tmpfs).
drill-storage: $(STAMP)
	$(BIN)/python -m benchmarks.storage_drill

# Frozen till vs a minimal PySide6 window frozen the same way: size, start-up, peak memory.
bench-board: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.board_day --orders 300 --factor 120

bench-bundle: $(STAMP)
	$(BIN)/python -m benchmarks.bundle_startup

# The .qm catalogues Qt loads, from the committed .ts sources (fast when up to date).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py build

# After changing user-visible strings: new strings into resources/translations/*.ts.
translations-update: $(STAMP)
	$(BIN)/python packaging/translations.py update

# docs/screenshots/main-window-{en,sv}.png and the other screens (article-search, checkout,
# damaged-outbox), taken under Xvfb (installed here when root), and the 80 mm slip,
# slip-80mm-{en,sv}.png (pdftoppm, installed here when root).
screenshots: $(STAMP) translations
	sh packaging/linux-qt-libs.sh $(BIN)/python --x11
	sh packaging/linux-test-tools.sh $(BIN)/python
	$(BIN)/python packaging/screenshots.py

# A folder bundle in dist/tillside/ (packaging/tillside.spec says what is in it and why).
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean packaging/tillside.spec --distpath dist --workpath build

# Build, then run the frozen program headless: version, self-test, stderr, Qt libraries.
bundle-test: bundle
	$(BIN)/python packaging/bundle_smoke.py

# The Windows installer for IT (packaging/windows/tillside.nsi) around dist/tillside/, in
# dist/. On Linux the Linux bundle is a stand-in payload, so that CI compiles the real script
# (NSIS is installed when run as root); build the real one on Windows (see the README).
installer: bundle
	sh packaging/windows/tools.sh nsis
	$(BIN)/python packaging/windows/build_installer.py

# Then install, reinstall and uninstall it silently under Wine (installed when root).
installer-test: installer
	sh packaging/windows/tools.sh wine
	$(BIN)/python packaging/windows/wine_check.py

# uv itself, the version uv.lock pins, in a new .venv made by the machine's python3.
$(UV):
	@$(PYTHON) packaging/check-python.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python packaging/bootstrap_uv.py

# Everything from uv.lock, exactly: --locked fails (and so does CI) when pyproject.toml and
# the lock disagree; `make lock` brings the lock up to date.
$(STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --quiet
	sh packaging/linux-qt-libs.sh $(BIN)/python
	touch $(STAMP)

# After changing dependencies in pyproject.toml: the lock again, keeping every other version.
# Raise one package: .venv/bin/uv lock --upgrade-package NAME; all: .venv/bin/uv lock --upgrade
lock: | $(UV)
	$(UV) lock

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
