"""The command line: the till, the demo, the simulator and the tools IT uses.

Sub-commands import what they need lazily, so `tillside lookup` never loads Qt,
`tillside --help` answers at once and the till's window is not kept waiting (asyncio alone
costs ~70 ms at start-up).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from app.config.settings import Settings
    from app.ongoing.settings import ConnectionSettings

ENV_API_USER = "TILLSIDE_API_USER"
ENV_API_PASSWORD = "TILLSIDE_API_PASSWORD"


def _add_connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--api-url",
        help="Ongoing API URL, or just the warehouse name (gives "
        "https://api.ongoingsystems.se/NAME/api/v1/); default: connection.api_url",
    )
    parser.add_argument(
        "--goods-owner-id",
        type=int,
        help="Ongoing goods owner id; default: connection.goods_owner_id",
    )
    parser.epilog = (
        f"The API user comes from {ENV_API_USER}, else connection.api_user; the password from "
        f"{ENV_API_PASSWORD}, else this PC's keyring (`tillside set-password`)."
    )


class _VersionAction(argparse.Action):
    """`--version`: the till's, Python's, Qt's and PySide6's, read only when asked (reading
    them costs start-up time: the installed metadata, and Qt itself)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from app.commands.about import versions  # imports Qt, so only when asked

        print("\n".join(versions()))
        parser.exit()


class _Command(argparse.ArgumentParser):
    """A sub-command whose options are added only once it is used or its help is shown.

    Adding every sub-command's options (argparse formats and translates as it goes, and
    `order` imports the customer fields) cost the till ~8 ms of its start; `tillside run`
    needs none of them.
    """

    def __init__(
        self,
        *args: Any,
        options: Callable[[argparse.ArgumentParser], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._options = options

    def _add_options(self) -> None:
        if self._options is not None:
            options, self._options = self._options, None
            options(self)

    def parse_known_args(  # type: ignore[override]  # typeshed's overloads, same behaviour
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._add_options()
        return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        self._add_options()
        return super().format_usage()

    def format_help(self) -> str:
        self._add_options()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    from app.commands.exit_status import epilog

    parser = argparse.ArgumentParser(
        prog="tillside",
        description="Checkout assistant for stores whose stock is in Ongoing WMS.",
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--log-level",
        default="INFO",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much goes to the log file (default INFO)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="PATH",
        help="use this settings file instead of the till's own (see `tillside settings`)",
    )
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Command
    )
    commands.add_parser("run", help="open the till with the configured Ongoing connection")
    commands.add_parser("demo", help="open the till against the embedded Ongoing simulator")
    commands.add_parser(
        "settings", help="list every setting: its value, where it came from, and what it means"
    )
    commands.add_parser(
        "set-password",
        help="store the Ongoing API password in this PC's keyring (asked for, or one line "
        "on standard input)",
    )
    commands.add_parser(
        "simulator",
        help="serve the Ongoing API simulator on loopback",
        options=_simulator_options,
    )
    commands.add_parser(
        "lookup",
        help="print stock per warehouse for barcodes or article numbers",
        options=_lookup_options,
    )
    commands.add_parser(
        "order",
        help="place a pickup or delivery order through the outbox",
        description="Prints each order's number (and Ongoing's orderId once confirmed), then "
        "the checkout's id (`tillside slip` takes either). Exit codes: 0 confirmed by "
        "Ongoing (every part of a split); 1 not confirmed yet (it waits in the outbox); "
        "2 bad input; 3 Ongoing unreachable (nothing sent); 4 not enough stock (with --split: "
        "nor in any split across warehouses); 5 this PC could not store the order (disk "
        "full, read-only): nothing sent; 7 Ongoing refused the API user, password or goods "
        "owner: nothing sent.",
        options=_order_options,
    )
    _add_return_commands(commands)
    commands.add_parser(
        "outbox",
        help="list orders not yet confirmed by Ongoing",
        description="Exit codes: 0 nothing waits; 1 orders wait; 2 bad options; 5 the outbox "
        "cannot be used (disk full, read-only, held by another program); 6 the outbox was "
        "damaged: it was set aside and what it held recovered (the message says what).",
        options=_outbox_options,
    )
    commands.add_parser(
        "slip",
        help="write the slip of a checkout placed on this PC (every part), or of a return, "
        "as a PDF, to reprint",
        description="Finds the checkout by one of its order numbers or its checkout id (a "
        "return by its number) in this PC's outbox. The customer's name and address are no "
        "longer on the PC once Ongoing confirmed the orders: the copy then says so. Exit "
        "codes: 0 written; 2 bad options, no such order, checkout or return on this PC, or "
        "no such folder; 5 the outbox "
        "cannot be used or the PDF cannot be written (disk full, read-only); 6 the outbox was "
        "damaged: it was set aside and what it held recovered (the message says what).",
        options=_slip_options,
    )
    commands.add_parser(
        "board",
        help="full-screen board of a warehouse's pickup orders, for warehouse staff",
        options=_board_options,
    )
    commands.add_parser(
        "webhooks",
        help="receive Ongoing's webhooks (orders, goods received, stock-taking; token from "
        "TILLSIDE_WEBHOOK_TOKEN), wake the pickup board and tell the store's tills",
        options=_webhooks_options,
    )
    commands.add_parser(
        "self-test",
        help="headless check of Qt, resources, settings, an HTTP round trip and the configured "
        "connection; prints the versions, folders and where each setting comes from, for "
        "support",
    )
    return parser


def _add_return_commands(commands: Any) -> None:
    """`return` and `cancel`: a customer's order comes back, or is called off."""
    commands.add_parser(
        "return",
        help="return picked items of an order to the warehouse through the outbox",
        description="Prints the return number and where the goods go, then Ongoing's "
        "returnOrderId once confirmed. ARTICLE is the article number on the order; "
        "--cause is one of Ongoing's return causes (some need --comment). Exit codes: 0 "
        "confirmed by Ongoing; 1 not confirmed yet (it waits in the outbox); 2 bad input "
        "(unknown order, article, cause, warehouse, more than picked, a comment missing); "
        "3 Ongoing unreachable (nothing sent); 5 this PC could not store the return; 7 "
        "Ongoing refused the login; 8 not returnable (not picked yet: cancel it instead; or "
        "nothing left to return).",
        options=_return_options,
    )
    commands.add_parser(
        "cancel",
        help="cancel an order the warehouse has not started on, or only some of its items",
        description="Without ARTICLE=QTY the whole order is cancelled; with them, that many "
        "of each article come off the order (the same order number in Ongoing; all of them "
        "cancels the order). Exit codes: 0 done; 2 bad input (no such order for this goods "
        "owner, an article not on it, more than ordered); 3 Ongoing unreachable; 7 Ongoing "
        "refused the login; 8 the warehouse has started on it (return it once picked).",
        options=_cancel_options,
    )


def _return_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("order_number", metavar="ORDER_NUMBER", help="the order's number")
    command.add_argument("items", nargs="+", metavar="ARTICLE=QTY", help="article and quantity")
    command.add_argument("--cause", required=True, metavar="CODE", help="Ongoing's cause code")
    command.add_argument("--comment", default="", metavar="TEXT", help="what happened")
    command.add_argument(
        "--to",
        dest="to_warehouse",
        metavar="WAREHOUSE_CODE",
        help="where the goods go (default: store.store_warehouse, else the order's warehouse)",
    )
    _add_connection_options(command)


def _cancel_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("order_number", metavar="ORDER_NUMBER", help="the order's number")
    command.add_argument(
        "items",
        nargs="*",
        metavar="ARTICLE=QTY",
        help="cancel only this many of the article; the order keeps the rest",
    )
    _add_connection_options(command)


def _run_return_commands(args: argparse.Namespace, settings: Settings) -> int:
    connection = _connection(args, args.command, settings)
    if isinstance(connection, int):
        return connection
    from app.commands.interruptible import run_interruptible
    from app.commands.returns import run_cancel_command, run_return_command

    if args.command == "cancel":
        return run_interruptible(
            run_cancel_command(args.order_number, connection, settings, args.items)
        )
    return run_interruptible(
        run_return_command(
            args.order_number,
            args.items,
            args.cause,
            args.comment,
            args.to_warehouse,
            connection,
            settings,
        )
    )


def _simulator_options(simulator: argparse.ArgumentParser) -> None:
    simulator.add_argument("--port", type=int, default=0, help="TCP port (default: any free one)")
    simulator.add_argument(
        "--webhook-url",
        default="",
        help="post Ongoing's webhooks (goods received, stock counted) to this URL, retrying "
        "as Ongoing does (token from TILLSIDE_WEBHOOK_TOKEN)",
    )
    simulator.add_argument(
        "--webhook-auth",
        choices=("token", "basic", "none"),
        default="token",
        help="X-Auth-Token header, HTTP Basic password, or none (token in the URL)",
    )
    simulator.add_argument(
        "--arrivals-seconds",
        type=float,
        default=0.0,
        help="every this many seconds, receive a waiting purchase order or count a shelf",
    )
    simulator.add_argument("--latency-ms", type=float, default=0.0, help="delay every answer")
    simulator.add_argument(
        "--faults",
        default="",
        help="fault knobs, e.g. '5xx=0.1,429=0.05,retry-after=2,drop=0.05,slow-commit=3,seed=7'",
    )
    simulator.add_argument(
        "--articles",
        type=int,
        default=0,
        help="serve a generated catalogue of this many articles instead of the demo data",
    )
    simulator.add_argument(
        "--warehouses", type=int, default=12, help="warehouses in a generated catalogue"
    )
    simulator.add_argument(
        "--status-step-seconds",
        type=float,
        default=20.0,
        help="seconds between automatic order status steps (0 turns them off)",
    )


def _lookup_options(lookup: argparse.ArgumentParser) -> None:
    lookup.add_argument("codes", nargs="+", metavar="CODE", help="barcode or article number")
    lookup.add_argument("--json", action="store_true", help="print JSON for machines")
    _add_connection_options(lookup)


def _order_options(order: argparse.ArgumentParser) -> None:
    from app.domain.customer import FIELDS as CUSTOMER_FIELDS

    order.add_argument("items", nargs="+", metavar="CODE=QTY", help="barcode or article number")
    how = order.add_mutually_exclusive_group(required=True)
    how.add_argument("--pickup", metavar="WAREHOUSE_CODE", help="pickup at this warehouse")
    how.add_argument("--deliver", action="store_true", help="home delivery to the customer")
    order.add_argument(
        "--from",
        dest="from_warehouse",
        metavar="WAREHOUSE_CODE",
        help="deliver from this warehouse (default: the best that can supply everything)",
    )
    for field in CUSTOMER_FIELDS:
        option = field.replace("_", "-")
        order.add_argument(f"--{option}", default="", help=f"customer's {field.replace('_', ' ')}")
    order.add_argument("--notify-email", action="store_true", help="Ongoing e-mails the customer")
    order.add_argument("--notify-sms", action="store_true", help="Ongoing texts the customer")
    order.add_argument("--receipt", default="", help="the till's receipt number")
    order.add_argument("--language", default="sv", help="the customer's language (sv, en, ...)")
    order.add_argument(
        "--split",
        action="store_true",
        help="when no warehouse can supply everything, one order per warehouse (the order "
        "form's split); with --pickup each part is collected at its own warehouse",
    )
    _add_connection_options(order)


def _slip_options(slip: argparse.ArgumentParser) -> None:
    slip.add_argument(
        "key",
        metavar="NUMBER_OR_CHECKOUT_ID",
        help="an order number of the checkout, the checkout id `tillside order` printed, or "
        "a return number (R...)",
    )
    slip.add_argument(
        "--paper",
        choices=["a4", "80mm"],
        help="the layout: an A4 page or an 80 mm receipt roll (default: display.slip_paper)",
    )
    slip.add_argument(
        "--output", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write"
    )


def _outbox_options(outbox: argparse.ArgumentParser) -> None:
    outbox.add_argument("--send", action="store_true", help="send them now")
    _add_connection_options(outbox)


def _board_options(board: argparse.ArgumentParser) -> None:
    board.add_argument("--warehouse", required=True, metavar="CODE", help="the warehouse code")
    board.add_argument("--sound", action="store_true", help="beep when a new order arrives")
    board.add_argument("--windowed", action="store_true", help="a window, not full screen")
    _add_connection_options(board)


def _webhooks_options(webhooks: argparse.ArgumentParser) -> None:
    webhooks.add_argument("--port", type=int, required=True, help="TCP port to listen on")
    webhooks.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (behind the store's HTTPS proxy)"
    )
    webhooks.add_argument(
        "--goods-owner-id",
        type=int,
        default=None,
        help="refuse events of any other goods owner (403)",
    )


def _connection(
    args: argparse.Namespace, command: str, settings: Settings
) -> ConnectionSettings | int:
    """The connection: each part from its option where given, else from the settings; the
    user from TILLSIDE_API_USER, else the settings; the password from TILLSIDE_API_PASSWORD,
    else this PC's keyring. An exit code after a message naming what is missing."""
    from app.config.secrets import PasswordUnavailableError, load_password
    from app.config.settings import ConnectionSection
    from app.services.connection import connection_from  # lazily: `--help` stays instant

    configured = settings.connection
    url = args.api_url or configured.api_url
    owner = args.goods_owner_id or configured.goods_owner_id
    user = os.environ.get(ENV_API_USER, "") or configured.api_user
    missing = [
        name
        for name, value in (
            ("--api-url (or connection.api_url)", url),
            ("--goods-owner-id (or connection.goods_owner_id)", owner),
            (f"{ENV_API_USER} (or connection.api_user)", user),
        )
        if not value
    ]
    import logging

    log = logging.getLogger("app.cli")
    if missing:
        log.error("event=connection_missing command=%s", command)
        print(
            f"tillside {command}: no Ongoing connection is configured: give "
            f"{', '.join(missing)}. `tillside settings` shows what is set.",
            file=sys.stderr,
        )
        return 2
    try:
        section = ConnectionSection(api_url=url, goods_owner_id=owner, api_user=user)
        return connection_from(url, owner, user, load_password(section))
    except PasswordUnavailableError as error:
        log.error("event=password_unavailable command=%s", command)
        print(f"tillside {command}: {error}", file=sys.stderr)
        return 2
    except ValueError as error:  # a URL or value typed wrong: the message says which
        log.error("event=connection_invalid command=%s", command)
        print(f"tillside {command}: {getattr(error, 'text', error)}", file=sys.stderr)
        return 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; whatever happens, a sentence and an exit status, never a traceback."""
    from app.commands.exit_status import ExitStatus

    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print(f"tillside {args.command}: interrupted.", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        _stop_writing_output()
        return ExitStatus.OUTPUT_CLOSED
    except Exception as error:  # the last line of defence: IT gets the report
        return _unexpected(args.command, error)


def _stop_writing_output() -> None:
    """Whoever read our output has gone: later writes (and the flush at exit) go nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    finally:
        os.close(devnull)


def _unexpected(command: str, error: Exception) -> int:
    import logging

    from app.commands.exit_status import ExitStatus
    from app.logs import write_crash_report

    report = write_crash_report(error)
    logging.getLogger("app.cli").error(
        "event=unexpected_error command=%s error=%s report=%s",
        command,
        type(error).__name__,
        report.name if report else "unwritten",
    )
    where = f"The details are in {report}." if report else "No report could be written."
    print(
        f"tillside {command}: an unexpected error stopped it ({type(error).__name__}). "
        f"{where} Tell IT.",
        file=sys.stderr,
    )
    return ExitStatus.UNEXPECTED


def _run(args: argparse.Namespace) -> int:
    if args.command in ("run", "demo"):
        # The window comes first; logging, then the settings (same messages, exit code 2)
        # are set up right after its first paint (app/ui/start/till.py).
        from app.ui.start.till import run_till

        mode: Literal["run", "demo"] = "demo" if args.command == "demo" else "run"
        return run_till(mode, args.config, log_level=args.log_level)
    from app.logs import configure_logging

    configure_logging(
        args.log_level,
        to_file=args.command
        in ("order", "outbox", "slip", "board", "webhooks", "return", "cancel"),
    )
    if args.command in (
        *("settings", "order", "outbox", "slip", "set-password", "board", "lookup"),
        *("return", "cancel"),
    ):
        from app.config.loading import SettingsError, load_settings

        try:
            loaded = load_settings(args.config)
        except SettingsError as error:
            import logging

            logging.getLogger("app.cli").error("event=settings_invalid command=%s", args.command)
            print(error, file=sys.stderr)
            return 2
        if loaded.damaged is not None:
            print(
                f"tillside {args.command}: the till's settings file was damaged and is kept as "
                f"{loaded.damaged.kept_as}; the settings from IT's file and the defaults apply.",
                file=sys.stderr,
            )
        if args.command == "board":
            return _run_board(args, loaded.settings)
        if args.command == "lookup":
            return _run_lookup(args, loaded.settings)
        if args.command in ("return", "cancel"):
            return _run_return_commands(args, loaded.settings)
        if args.command in ("order", "outbox"):
            connection: ConnectionSettings | int | None = None
            if args.command == "order" or args.send:
                connection = _connection(args, args.command, loaded.settings)
            if isinstance(connection, int):
                return connection
            return _run_order_commands(args, connection, loaded.settings)
        if args.command == "slip":
            from app.commands.slip import run_slip_command
            from app.domain.order_slip import SlipPaper

            paper = SlipPaper(args.paper) if args.paper else None
            return run_slip_command(args.key, args.output, paper, loaded.settings)
        if args.command == "set-password":
            from app.commands.set_password import set_password

            return set_password(loaded.settings)
        if args.command == "settings":
            from app.commands.settings import print_settings

            return print_settings(loaded)
        raise AssertionError(f"unhandled command {args.command}")
    if args.command == "simulator":
        from app.commands.simulator import run_simulator_command

        return run_simulator_command(
            port=args.port,
            latency_ms=args.latency_ms,
            faults=args.faults,
            status_step_seconds=args.status_step_seconds or None,
            generated=(args.warehouses, args.articles) if args.articles else None,
            webhook_url=args.webhook_url,
            webhook_auth=args.webhook_auth,
            webhook_secret=os.environ.get("TILLSIDE_WEBHOOK_TOKEN", ""),
            arrivals_seconds=args.arrivals_seconds,
        )
    if args.command == "webhooks":
        import asyncio

        from app.commands.webhooks import run_webhooks

        return asyncio.run(
            run_webhooks(
                args.host,
                args.port,
                os.environ.get("TILLSIDE_WEBHOOK_TOKEN", ""),
                args.goods_owner_id,
            )
        )
    if args.command == "self-test":
        from app.commands.self_test import run_self_test

        return run_self_test(args.config)
    raise AssertionError(f"unhandled command {args.command}")  # argparse rejects unknown ones


def _run_board(args: argparse.Namespace, settings: Settings) -> int:
    connection = _connection(args, "board", settings)
    if isinstance(connection, int):
        return connection
    from app.ui.start.board import run_board

    return run_board(connection, settings, args.warehouse, sound=args.sound, windowed=args.windowed)


def _run_lookup(args: argparse.Namespace, settings: Settings) -> int:
    connection = _connection(args, "lookup", settings)
    if isinstance(connection, int):
        return connection
    from app.commands.interruptible import run_interruptible
    from app.commands.lookup import run_lookup_command

    return run_interruptible(
        run_lookup_command(
            args.codes, connection, as_json=args.json, currency=settings.store.currency
        )
    )


def _run_order_commands(
    args: argparse.Namespace, connection: ConnectionSettings | None, settings: Settings
) -> int:
    from app.commands.interruptible import run_interruptible
    from app.commands.order import OrderArguments, run_order_command, run_outbox_command
    from app.domain.customer import FIELDS as CUSTOMER_FIELDS

    if args.command == "outbox":
        return run_interruptible(
            run_outbox_command(send=args.send, connection=connection, settings=settings)
        )
    assert connection is not None  # `order` always resolves one
    arguments = OrderArguments(
        items=args.items,
        pickup_warehouse=args.pickup,
        deliver=args.deliver,
        from_warehouse=args.from_warehouse,
        customer_fields={field: getattr(args, field) for field in CUSTOMER_FIELDS},
        notify_email=args.notify_email,
        notify_sms=args.notify_sms,
        receipt=args.receipt,
        language=args.language,
        split=args.split,
    )
    return run_interruptible(run_order_command(arguments, connection, settings))


if __name__ == "__main__":
    sys.exit(main())
