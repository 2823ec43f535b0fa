"""Everything the tests (and the benchmarks) share, one module a purpose; a test module imports
its helpers from here and never from another test module.

Time and waiting
- clocks: clocks that move only when the test moves them; sleeps that record, or wait to be
  released, or only let the loop turn.
- waiting: `run` a coroutine from a plain test; `until` a condition holds, on plain asyncio
  or the Qt loop.
- qt_loop: `run_on_qt_loop`, the real qasync loop for widget tests.

Ongoing and the simulator
- simulator: the `simulator` fixture (registered in tests/conftest.py), `started_again`
  after a test stopped it (Ongoing down, then back on the same port), connections and
  clients on it, stocked articles and warehouses from its data (`split_across`: a basket
  only a split can supply), its stock requests counted.
- simulator_http: the simulator's HTTP API spoken directly: paths, owner, order bodies.
- unreachable: Ongoings that cannot be used, for real: a closed port, a name that never
  resolves, a TLS server with a certificate nobody trusts.
- scripted: a scripted Ongoing (`httpx.MockTransport`) and a client on it.
- openapi_contract: requests and responses checked against the Ongoing API document.
- sales: orders of the till put into the simulator and moved on, to return or change.

The till's use cases and window
- orders: the store's section, a customer, order plans, the order service.
- checkout: `Recorder`, what a checkout session told the cashier.
- till: `TillDriver` (types as a scanner or a person would), `open_till`, window activation,
  the settings dialog by F11.
- keys: any character typed into a widget (QTest is ASCII-only).
- catalogues: the translation tool, the committed .ts files read, small catalogues built on
  the fly, and `english_afterwards` (registered in tests/ui/conftest.py).
- barcodes: barcodes read back as a scanner would (zbar), and a PDF's pages as pixels.

Storage, secrets, processes
- storage: real small filesystems (root only), an outbox whose writes fail, damaged outbox
  files.
- keyrings: a keyring in memory (`memory_keyring`, registered in tests/conftest.py).
- packaging_scripts: the scripts in packaging/, loaded by path.
- demo_process: the demo till as its own process, stopped once its log shows an event.
- crash_harness: tills killed mid-order, for the crash test and `make bench-crash`.

Not here: the scripts tests run with `python -m` in a fresh interpreter stay beside their
tests (tests/ui/stage_one_driver.py, tests/ui/close_driver.py,
tests/persistence/allocate_numbers.py, tests/services/queue_offline.py).
"""
