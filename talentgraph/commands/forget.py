"""``talentgraph forget``: erase a person (or one résumé) so that nothing of them is left
and later loads keep them out."""

from __future__ import annotations

from pathlib import Path

import click

from talentgraph.config import Settings

__all__ = ["forget"]


@click.command()
@click.argument("person", required=False)
@click.option("--file", "file", metavar="PATH",
              help="Remove one résumé (a file, or its source key) instead of a person.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--no-compact", is_flag=True,
              help="Embedded store: skip rewriting the file afterwards (faster, but the "
                   "erased bytes stay in it until the next compaction).")
@click.pass_obj
def forget(settings: Settings, person: str | None, file: str | None, yes: bool,
           no_compact: bool) -> None:
    """Erase PERSON (an id, a name or an email) and every fact whose only sources are
    that person's résumés (right to erasure): their other nodes (co-author entries that
    are them) and their name in other résumés go too; facts other résumés state stay.

    A tombstone (salted hashes, never the data) keeps later loads from bringing them
    back: their résumés are skipped.  `talentgraph erasures` lists erasures;
    `talentgraph erasures --readmit ID` lets them back in.

    \b
    Examples:
      talentgraph forget "Peter Zhao" --yes
      talentgraph forget --file cvs/old-cv.pdf --yes
    """
    from talentgraph.forgetting import forget_file, forget_person
    from talentgraph.graph.normalize import email_key, name_key
    from talentgraph.graph.store import StoreError, open_store
    from talentgraph.pipeline import cypher

    if (person is None) == (file is None):
        raise click.UsageError("name a PERSON or pass --file PATH (one of them)")
    try:
        with open_store(settings) as store:
            if file is not None:
                key = _file_key(store, file)
                if not yes:
                    click.confirm(f"Remove résumé {key} and the facts only it states?",
                                  abort=True, err=True)
                done = forget_file(store, key, compact=not no_compact)
                click.echo(f"forgot {key}: {done.erasure.nodes} nodes and "
                           f"{done.erasure.relationships} relationships removed")
                return
            matches = store.run(cypher("find_person", store), {
                "who": person, "key": name_key(person), "email": email_key(person)})
            if not matches:
                raise click.ClickException(f"no person matches {person!r}")
            if len(matches) > 1:
                listing = ", ".join(f"{m['name']} ({m['id']})" for m in matches)
                raise click.ClickException(
                    f"{person!r} matches {len(matches)} people: {listing}; pass an id")
            target = matches[0]
            if not yes:
                click.confirm(f"Erase {target['name']} ({target['id']}) and facts only from "
                              f"{', '.join(store.person_sources(target['id'])) or 'no résumé'}?",
                              abort=True, err=True)
            done = forget_person(store, target["id"], compact=not no_compact)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    files = ", ".join(done.files) or "no résumé files"
    click.echo(f"forgot {done.name}: {done.erasure.nodes} nodes and "
               f"{done.erasure.relationships} relationships deleted ({files}); "
               f"erasure {done.erasure.id} recorded")


def _file_key(store, file: str) -> str:
    """The source key of ``file``: a path on disk (keyed by the store's roots) or a
    stored key as printed by ``load``."""
    from talentgraph.graph.store import StoreError
    from talentgraph.identity import Roots, SourceFile

    state = store.ledger_state()
    stored = set(state.sources) | {r["path"] for r in store.run(
        "MATCH (r:Resume) RETURN r.path AS path")}
    if file in stored:
        return file
    path = Path(file)
    if path.exists():
        root = path.resolve().parent
        key = Roots(state.roots).assign(SourceFile(path, root, path.name)).key
        if key in stored:
            return key
    raise StoreError(f"no stored résumé for {file!r} (give the path it was loaded from or "
                     "its source key)")
