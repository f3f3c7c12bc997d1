"""The `pantau-zi` command: serve the dashboard, make an administrator's password hash, check a folder of CSVs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pantau_zi.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

# Each command imports what it needs when it runs: Streamlit and pandas take seconds to import, `--help` none.


def check_data(folders: list[Path], lang: str) -> int:
    """Validate the CSV tables spread over folders as the dashboard would; print each problem located, 1 if any."""
    from pantau_zi.loading import DatasetError, describe, load_dataset

    missing = [folder for folder in folders if not folder.is_dir()]
    if missing:
        for folder in missing:
            print(t("cli.not_a_folder", lang, folder=folder), file=sys.stderr)
        return 2
    label = ", ".join(str(folder) for folder in folders)
    try:
        load_dataset(tuple(folders))
    except DatasetError as error:
        for problem in error.problems:
            print(describe(problem, lang))
        print(t("cli.check_problems", lang, folders=label, count=len(error.problems)), file=sys.stderr)
        return 1
    print(t("cli.check_ok", lang, folders=label))
    return 0


def parser() -> argparse.ArgumentParser:
    commands = argparse.ArgumentParser(prog="pantau-zi", description="Pantau ZI: the Zona Integritas dashboard.")
    chosen = commands.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen.add_parser("serve", help="start the dashboard (further options go to Streamlit, e.g. --server.port 8600)")
    chosen.add_parser("hash-password", help="ask for an administrator's password and print the line to configure")
    check = chosen.add_parser("check-data", help="validate a folder of CSV tables and list every problem found")
    check.add_argument("folders", nargs="+", type=Path, metavar="DIR", help="folder(s) read together, as PANTAU_ZI_DATA_DIRS")
    check.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE, help="language of the problems")
    return commands


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    # Streamlit's own options follow `serve` unparsed: argparse would refuse them as unknown.
    if arguments[:1] == ["serve"]:
        from pantau_zi import server

        return server.main(arguments[1:])
    chosen = parser().parse_args(arguments)
    if chosen.command == "hash-password":
        from pantau_zi.access import ask_and_hash

        return ask_and_hash()
    return check_data(chosen.folders, chosen.lang)


if __name__ == "__main__":
    sys.exit(main())
