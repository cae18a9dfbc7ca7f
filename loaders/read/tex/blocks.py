"""LaTeX body to typed document blocks: headings, entries with their fields, bullets, lines.

The renderer walks pylatexenc's node tree.  Section macros become :class:`Heading`\\ s; an
entry macro (``\\cventry``, ``\\resumeSubheading``, ``\\cvevent``, ``\\entry`` or a user's own
``\\job{...}{...}{...}``) becomes one :class:`Entry` whose fields are its short arguments in
the order written, each with the template's hint of what it holds (the field extractors
decide from the content: authors fill templates in their own order); its long arguments
(descriptions) follow as bullets and lines.  Lists become :class:`Bullet`\\ s, table rows and
``\\hfill`` gaps become cells, ``\\cvitem{Label}{items}`` a ``**Label:** items`` line.  Unknown
macros fall back to their arguments' text, so no macro can make it fail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pylatexenc.latexwalker import (
    LatexCharsNode,
    LatexCommentNode,
    LatexEnvironmentNode,
    LatexGroupNode,
    LatexMacroNode,
    LatexNode,
    LatexSpecialsNode,
)

from ...document import Block, Bullet, Entry, Heading, TextLine
from ...lexicon.headings import classify as heading_kind
from .entries import (
    ENTRY_FIELDS,
    HEADER_MACROS,
    ITEM_MACROS,
    LABEL_MACROS,
    SECTION_MACROS,
    SKIPPED_MACROS,
    Fields,
    column_hints,
    fields_by_columns,
    fields_by_shape,
    is_dates,
)
from .inline import BOX_MACROS, COLUMN, DEFAULT_CONTEXT, clean_text, node_args, render_text

__all__ = ["Rendered", "render_blocks"]

_LISTS = frozenset({"itemize", "enumerate", "description", "compactitem", "compactenum",
                    "etaremune", "cvitems", "thebibliography", "inparaenum", "asparaenum",
                    "CSLReferences", "outerlist", "innerlist"})
_TABLES = frozenset({"tabular", "tabular*", "tabularx", "tabulary", "longtable", "supertabular",
                     "xltabular", "tblr"})
_SKIPPED_ENVIRONMENTS = frozenset({"comment", "figure", "tikzpicture", "smartdiagram"})
_PUBLICATIONS = re.compile(r"publication|paper|preprint|bibliograph|conference|journal|"
                           r"articles|proceedings|veröffentlichung|publikation|publicaç|"
                           r"publicacion|pubblicazion|thesis|thèse", re.IGNORECASE)
_SKILLS = re.compile(r"skill|technolog|competenc|expertise|tools|languages|proficienc|"
                     r"kenntnis|fähigkeit|compétence|habilidad|competência|conhecimento",
                     re.IGNORECASE)
_SKILL_LINE = re.compile(r"^\*\*(?P<label>[^*]{1,60}?)\s*:?\s*\*\*\s*:?\s*(?P<rest>.+)$")
_HEADINGISH = re.compile(r"section|heading", re.IGNORECASE)
_BULLET_LABEL = re.compile(r"^[\s•∙·\-–—*>$]*$")
_MAX_ARGS = 6
_LINK = re.compile(r"\[([^\]]+)\]\([^)\s]*\)")
_MAX_COLUMN_SCANS = 32
# A line opening with an author ("Doe, J.", "J. Doe,", "Jane Doe,") and closing as a
# citation does (a full stop, a bracket or a year).
_CITATION_START = re.compile(r"^\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3},\s")
_CITATION_END = re.compile(r"(?:[.!?)\]]|(?:19|20)\d{2})\s*$")


@dataclass
class Rendered:
    """What the body renders to: its blocks (line numbers not yet given) and, apart, the
    header macros it held (``\\name``, ``\\personalinfo``: AltaCV and friends put them in
    the body)."""

    blocks: list[Block]
    header: list[LatexMacroNode]


def render_blocks(nodes: Sequence[LatexNode | None], *, cventry_args: int | None = None,
                  arity: dict[str, int] | None = None) -> Rendered:
    """Render a document body.  ``cventry_args`` is 6 for moderncv, 5 for awesome-cv (None:
    count them); ``arity`` gives user-defined template macros' argument counts."""
    renderer = _Renderer(cventry_args, arity or {}, nodes)
    renderer.walk(nodes)
    renderer.flush()
    return Rendered(renderer.blocks, renderer.header)


class _Renderer:
    def __init__(self, cventry_args: int | None, arity: dict[str, int],
                 root: Sequence[LatexNode | None] = ()) -> None:
        self.cventry_args, self.arity, self.root = cventry_args, arity, root
        self.columns: dict[tuple[str, bool], list[str]] = {}
        self.context = DEFAULT_CONTEXT
        self.blocks: list[Block] = []
        self.header: list[LatexMacroNode] = []
        self.para: list[LatexNode | str] = []
        self.section = ""
        self.outline: list[tuple[int, str]] = []  # the headings enclosing this point
        self.list_depth = self.entry_depth = 0
        self.in_item = self.item_started = self.bibliography = False
        self.item_label = ""
        self.last_entry = Fields()

    # -- walking ---------------------------------------------------------------------------

    def walk(self, nodes: Sequence[LatexNode | None]) -> None:
        i = 0
        while i < len(nodes):
            node = nodes[i]
            i += 1
            if node is None or isinstance(node, LatexCommentNode):
                continue
            if isinstance(node, LatexCharsNode):
                for k, part in enumerate(re.split(r"\n[ \t]*\n", node.chars)):
                    if k:
                        self.flush()
                    self.para.append(part)
            elif isinstance(node, LatexGroupNode):
                if _has_block(node):
                    self.walk(node.nodelist)
                else:
                    self.para.append(node)
            elif isinstance(node, LatexMacroNode):
                i = self._macro(node, nodes, i)
            elif isinstance(node, LatexEnvironmentNode):
                self._environment(node)
            else:
                self.para.append(node)

    def _macro(self, node: LatexMacroNode, nodes: Sequence[LatexNode | None], i: int) -> int:
        name = node.macroname
        if name in HEADER_MACROS and not self.section:
            self.header.append(node)
            if node_args(node):
                return i
            args, end = _gather(nodes, i, self.arity.get(name, HEADER_MACROS[name]))
            self.header.extend(args)
            return end
        if name in SKIPPED_MACROS:
            return _gather(nodes, i, SKIPPED_MACROS[name])[1] if not node_args(node) else i
        if name in SECTION_MACROS:
            args = [a for a in node_args(node) if isinstance(a, LatexGroupNode)]
            if not args:
                args, i = _gather(nodes, i, 1)
            self.heading(SECTION_MACROS[name], self.plain(args[-1]) if args else "",
                         section=SECTION_MACROS[name] == 2)
        elif name in ("item", "bibitem"):
            self.flush()
            self.in_item, self.item_started = True, False
            label = node_args(node)[0] if name == "item" and node_args(node) else None
            self.item_label = self.plain(label) if label is not None else ""
        elif name == "cventry":
            count = self.cventry_args or len(_gather(nodes, i, _MAX_ARGS)[0])
            key = "cventry@moderncv" if count >= 6 else "cventry@awesome-cv"
            args, i = _gather(nodes, i, ENTRY_FIELDS[key][0])
            self.entry_from_map(key, args)
        elif name in ENTRY_FIELDS:
            args, i = _gather(nodes, i, self.arity.get(name, ENTRY_FIELDS[name][0]))
            if self.arity.get(name, ENTRY_FIELDS[name][0]) == ENTRY_FIELDS[name][0]:
                self.entry_from_map(name, args)
            else:
                # the author's own macro of a template's name: its arguments are not the
                # template's, so their content says what they are
                shaped = self.shaped(name, args, env=False, always=True)
                assert shaped is not None
                self.entry(*shaped)
        elif name in ITEM_MACROS:
            args, i = _gather(nodes, i, self.arity.get(name, ITEM_MACROS[name]))
            self.item_macro(name, args)
        elif name in LABEL_MACROS:
            args, i = _gather(nodes, i, self.arity.get(name, LABEL_MACROS[name]))
            self.label_macro(name, args)
        elif name == "par":
            self.flush()
        elif name in BOX_MACROS:
            self._box(node)
        elif not node_args(node) and self.context.get_macro_spec(name) is None:
            return self._unknown(node, nodes, i)
        else:
            self.para.append(node)
        return i

    def _unknown(self, node: LatexMacroNode, nodes: Sequence[LatexNode | None], i: int) -> int:
        """An unknown macro: an entry if its arguments look like one, else just its text."""
        args, j = _gather(nodes, i, self.arity.get(node.macroname, _MAX_ARGS))
        if len(args) >= 2 and any(_has_section(a) for a in args):
            # \MainContent{photo}{sidebar}{body}: a macro laying out regions of the page,
            # each argument read as part of the document, never as an entry's fields
            for arg in args:
                self.flush()
                if _has_block(arg):
                    self.walk(arg.nodelist)
                else:
                    self.para.append(arg)
                self.flush()
            return j
        if len(args) >= 2:
            texts = [self.plain(a) for a in args]
            # three fields or more, a list inside, or a date as the label of a line
            # (\cvline{2019 -- 2021}{Acme}) may make an entry
            shaped = self.shaped(node.macroname, args, env=False) if (
                len(args) >= 3 or any(_has_block(a) for a in args) or is_dates(texts[0])
            ) else None
            if shaped is not None:
                self.entry(*shaped)
                return j
            # a call on a line of its own (\addinfo{Age}{32}, \skill{Rust}{3} one under the
            # other) is a line of its own, as it prints
            alone = self.line_start() and _line_ends(nodes, j)
            if alone:
                self.flush()
            if len(args) == 2:
                # Two fields of an unknown macro (\contact{mail}{phone}, \HeaderBar{name}
                # {subtitle}) read best apart: cells of one line; a rating after a name
                # (\skill{Rust}{3}) is no text
                rated = _is_rating(texts[1]) and not texts[0].endswith(":") and float(
                    re.split(r"\s*/", texts[1].replace(",", "."))[0]) <= 10
                inline = [self.inline(a) for a in args[: 1 if rated else 2]]
                self.para.append(" " + COLUMN.join(t for t in inline if t) + " ")
            else:
                self.para.append(" " + COLUMN.join(t for t in texts if t) + " ")
            if alone:
                self.flush()
            return j
        if len(args) == 1 and _HEADINGISH.search(node.macroname):
            self.heading(2, self.plain(args[0]))
            return j
        if not args and (title := self.heading_macro(node, nodes, i)):
            self.heading(2, title, section=True)
            return i
        if len(args) == 1 and _has_block(args[0]):
            self.walk(args[0].nodelist)  # \mycvsection{...} wrapping whole entries
            return j
        self.para.append(node)
        return i

    def heading_macro(self, node: LatexMacroNode, nodes: Sequence[LatexNode | None],
                      i: int) -> str:
        """The heading a class's own argument-less section macro prints (``\\experience``,
        ``\\workExperience``, ``\\skills`` on a line of their own): its name's words, if
        they name a résumé section.  ``""`` otherwise."""
        words = " ".join(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", node.macroname).split())
        if len(words) < 4 or heading_kind(words) in (None, "other", "contact"):
            return ""
        alone = "\n" in (getattr(node, "macro_post_space", "") or "") or _line_ends(nodes, i)
        if not self.line_start() or not alone:
            return ""
        return words[0].upper() + words[1:]

    def line_start(self) -> bool:
        """Whether nothing but spaces is pending on the current line."""
        pending = "".join(p if isinstance(p, str) else "x" for p in self.para)
        return not pending[pending.rfind("\n") + 1 :].strip()

    def shaped(self, name: str, args: list[LatexGroupNode], *, env: bool, always: bool = False
               ) -> tuple[Fields, list[Sequence[LatexNode | None]]] | None:
        """The fields of a call of an entry macro no table maps (or one the author
        redefined), judged from the content: of this call's arguments and of the same
        argument in the macro's other calls (:func:`column_hints`); and the node lists
        that are its description.  None if it does not read as an entry, unless
        ``always``."""
        texts: list[str] = []
        bodies: dict[int, Sequence[LatexNode | None]] = {}
        for k, arg in enumerate(args):
            text, body = self.field(arg)
            texts.append(text)
            if body is not None:
                bodies[k] = body
        if (name, env) not in self.columns:
            # each macro's calls are looked for once, through the whole document: a few
            # dozen macros at most (a hostile file's thousand names get no columns)
            rows = [[self.field(a)[0] for a in call] for call in _calls(
                self.root, name, env, self.arity.get(name, _MAX_ARGS))] if len(
                self.columns) < _MAX_COLUMN_SCANS else []
            self.columns[name, env] = column_hints(rows) if len(rows) >= 2 else []
        columns = self.columns[name, env]
        fields = fields_by_shape(texts)
        dated = any(hint == "date" and text for hint, text in zip(columns, texts, strict=False))
        if columns and (fields is not None or dated or always):
            fields = fields_by_columns(texts, columns)
        elif fields is None and always:
            fields = Fields()
            for text in texts:
                fields.add(text, "")
        if fields is None or not (always or any(h != "date" for _, h in fields.parts)):
            return None  # a dated line of prose (a thesis under its degree), no entry
        description = [bodies.get(k) or args[k].nodelist
                       for k in sorted({*fields.description, *bodies})]
        return fields, description

    def field(self, arg: LatexGroupNode) -> tuple[str, Sequence[LatexNode | None] | None]:
        """An entry macro's argument as a field's text and, if it holds a list or
        paragraphs, the nodes that are description: an argument holding structure is
        description, but for the few words before it (``{Acme GmbH \\begin{itemize}...}``
        names the employer)."""
        if not _has_block(arg):
            return self.plain(arg), None
        lead, rest = _lead(arg.nodelist)
        text = self.plain(LatexGroupNode(nodelist=lead, delimiters=("{", "}"))) if lead else ""
        return (text, rest) if len(text) <= 90 else ("", arg.nodelist)

    def _box(self, node: LatexMacroNode) -> None:
        """A box is transparent: a ``\\parbox`` cell holding a job's title, employer and
        bullet list reads as if written in place, its width left out."""
        content = _box_content(node)
        if isinstance(content, LatexGroupNode) and _has_block(content):
            self.walk(content.nodelist)
        else:
            self.para.append(node)

    def _environment(self, node: LatexEnvironmentNode) -> None:
        name = node.environmentname
        if name in _SKIPPED_ENVIRONMENTS:
            return
        if name in _LISTS:
            self.list_env(node)
        elif name in _TABLES:
            self.table(node)
        else:
            self.flush()
            nodes = _without_option(list(node.nodelist))
            if _HEADINGISH.search(name):
                first = next((k for k, n in enumerate(nodes) if not _blank(n)), None)
                if first is not None and isinstance(nodes[first], LatexGroupNode):
                    self.heading(2, self.plain(nodes[first]))
                    nodes = nodes[first + 1 :]
            elif self.opening(name, nodes):
                return
            self.walk(nodes)
            self.flush()

    def opening(self, name: str, nodes: list[LatexNode | None]) -> bool:
        """An environment of the author's own opened with braced arguments:
        ``\\begin{job}{2019 -- 2021}{Engineer}{Acme}`` is an entry (its fields judged by
        content, as an unknown macro's are) and the body its description;
        ``\\begin{group}{Languages}`` over a few short lines labels them
        (``**Languages:** Go, Rust``), or heads a section its words name.  False if the
        environment opens with no argument: its body is read as written."""
        args, end = _gather(nodes, 0, _MAX_ARGS)
        if not args or any(_has_section(a) for a in args):
            return False
        texts = [self.plain(a) for a in args]
        body = nodes[end:]
        if len(args) >= 2:
            shaped = self.shaped(name, args, env=True)
            if shaped is None:
                return False
            self.entry(*shaped)
            self.walk(body)
            self.flush()
            return True
        label = texts[0]
        if _has_block(args[0]) or not label or len(label) > 60:
            return False
        named = heading_kind(label) not in (None, "other")
        if named and any(_has_block(n) for n in body if not isinstance(n, LatexCharsNode)):
            self.heading(2, label, section=True)  # \begin{rubric}{Experience} over entries
            self.walk(body)
            self.flush()
            return True
        start = len(self.blocks)
        self.walk(body)
        self.flush()
        items = self.blocks[start:]
        if items and all(isinstance(b, TextLine | Bullet) and not b.cells and "**" not in b.text
                         and 0 < len(b.text) <= 40 for b in items):
            del self.blocks[start:]
            self.emit(TextLine(f"**{label.rstrip(':')}:** "
                               + ", ".join(b.text for b in items), 0))
        elif named:
            self.blocks.insert(start, Heading(label, 0, level=2, section=True))
        else:
            self.blocks.insert(start, TextLine(label, 0))
        return True

    def table(self, node: LatexEnvironmentNode) -> None:
        """Rows of a table as lines with cells; a row holding lists or entries is walked."""
        self.flush()
        blocks = [child for child in node.nodelist
                  if not isinstance(child, LatexCharsNode) and _has_block(child)]
        if blocks and all(isinstance(b, LatexEnvironmentNode) and b.environmentname in _LISTS
                          for b in blocks):
            rows = [self.table_cells(row) for row in _rows(node.nodelist)]
            columns = column_hints([texts for texts, _, _ in rows]) if len(rows) >= 2 else []
            for texts, extra, rest in rows:
                self.table_row(texts, extra, rest, columns)
        elif blocks:
            self.walk(node.nodelist)  # a layout table of minipages and boxes
        else:
            self.para.extend(node.nodelist)
        self.flush()

    def table_cells(self, cells: list[list[LatexNode | None]]
                    ) -> tuple[list[str], list[str], list[LatexNode | None]]:
        """A row of a table whose cells hold lists (``2019 -- 2021 & Engineer, Team
        \\begin{itemize}...`` ``& \\href{acme.com}{\\includegraphics{logo}}``): each cell's
        first line (a date over two lines is one), the lines under them (a paragraph under
        the title) and the lists.  A cell that is only a linked picture (a logo) names its
        organization by the site's name."""
        texts: list[str] = []
        extra: list[str] = []
        rest: list[LatexNode | None] = []
        for cell in cells:
            inline = [n for n in cell if isinstance(n, LatexCharsNode) or not _has_block(n)]
            rest += [n for n in cell if n not in inline]
            # a link in a field is its words (a thesis title linked to its PDF)
            lines = [" ".join(_LINK.sub(r"\1", ln).split()) for ln in clean_text(
                render_text(inline), bold=False).split("\n") if ln.strip()]
            site = _logo_site(inline)
            if site:
                texts.append(site)
            elif lines and is_dates(" ".join(lines)):
                texts.append(" ".join(lines))  # "2015 -" over "Current": one date
            else:
                texts.append(lines[0] if lines else "")
                extra += lines[1:]
        return texts, extra, rest

    def table_row(self, texts: list[str], extra: list[str], rest: list[LatexNode | None],
                  columns: list[str]) -> None:
        """A row as an entry if its cells read as one (by their own shapes and the
        table's columns), else a line of cells; then its description."""
        filled = [t for t in texts if t]
        fields = fields_by_shape(texts) if len(filled) >= 2 else None
        if fields is not None and columns:
            fields = fields_by_columns(texts, columns)
        if fields is None:
            if filled:
                self.text_line(COLUMN.join(filled))
        else:
            self.entry(fields, [])
        for line in extra:
            self.text_line(line)
        self.walk(rest)
        self.flush()

    def list_env(self, node: LatexEnvironmentNode) -> None:
        self.flush()
        saved = (self.in_item, self.item_started, self.item_label, self.bibliography)
        if node.environmentname in ("thebibliography", "CSLReferences"):
            self.bibliography = True
            if not self.under_publications and heading_kind(self.section) != "other":
                # a list of talks or blog posts set as a bibliography stays what its heading
                # says; one after Education or under no heading at all is the papers
                self.heading(2, "Publications")
        self.list_depth += 1
        self.in_item, self.item_started, self.item_label = False, False, ""
        self.walk(node.nodelist)
        self.flush()
        self.list_depth -= 1
        self.in_item, self.item_started, self.item_label, self.bibliography = saved
        self.item_started = self.in_item

    # -- emitting --------------------------------------------------------------------------

    def flush(self) -> None:
        """Turn the pending inline text into blocks: an item's, or a paragraph's."""
        if not self.para:
            return
        pieces, self.para = self.para, []
        raw = "".join(p if isinstance(p, str) else render_text([p]) for p in pieces)
        text = clean_text(raw, bold=not self.in_publications, columns=True)
        lines = [ln for ln in text.split("\n") if ln.strip(COLUMN + " ")]
        if not lines:
            return
        if self.in_item:
            self.item_lines(lines)
        elif self.in_publications and not self.in_table(lines):
            lines = [ln.replace(COLUMN, " ") for ln in lines]
            for citation in lines if _one_citation_each(lines) else [" ".join(lines)]:
                self.emit(Bullet(citation, 0))
        else:
            for line in lines:
                self.text_line(line)

    @staticmethod
    def in_table(lines: list[str]) -> bool:
        return any(COLUMN in line for line in lines)

    @property
    def in_publications(self) -> bool:
        return self.bibliography or self.under_publications

    @property
    def under_publications(self) -> bool:
        """Whether this heading or one enclosing it names publications (``Publications`` >
        ``Journal articles``, or > ``2021``)."""
        return any(_PUBLICATIONS.search(title) for _, title in self.outline)

    def text_line(self, line: str) -> None:
        cells = tuple(c.strip() for c in line.split(COLUMN) if c.strip())
        text = " | ".join(cells)
        match = _SKILL_LINE.match(text) if _SKILLS.search(self.section) else None
        if match:
            self.emit(TextLine(f"**{match['label'].rstrip(':')}:** {match['rest']}", 0))
        elif len(cells) > 1:
            self.emit(TextLine(text, 0, cells=cells))
        else:
            self.emit(TextLine(text, 0))

    def item_lines(self, lines: list[str]) -> None:
        depth = max(0, self.list_depth - self.entry_depth - 1)
        lines = [" ".join(ln.replace(COLUMN, " | ").split()) for ln in lines]
        if self.in_publications:
            lines = [" ".join(lines)]
        skills = bool(_SKILLS.search(self.section))
        for line in lines:
            if skills and _SKILL_LINE.match(line):
                self.text_line(line)
            elif self.item_started and self.blocks and isinstance(self.blocks[-1], Bullet):
                last = self.blocks[-1]
                self.blocks[-1] = Bullet(f"{last.text} {line}", 0, depth=last.depth)
            else:
                label = "" if _BULLET_LABEL.match(self.item_label) else self.item_label
                # a year as the item's label ("\\item[2021] ...") is a field of its own; in a
                # skills list a term names its items' group ("\\item[Languages] Python, Go")
                joint = " | " if label and is_dates(label) else ": " if (
                    skills and label[-1:].isalnum()) else " "
                self.emit(Bullet(f"{label + joint if label else ''}{line}", 0, depth=depth))
                self.item_started = True

    def emit(self, block: Block) -> None:
        if block.text.strip():
            self.blocks.append(block)

    def heading(self, level: int, title: str, *, section: bool = False) -> None:
        self.flush()
        self.in_item = self.item_started = False
        self.section, self.entry_depth = title, 0
        while self.outline and self.outline[-1][0] >= level:
            self.outline.pop()
        self.outline.append((level, title))
        self.emit(Heading(title, 0, level=level, section=section))

    def entry_from_map(self, key: str, args: list[LatexGroupNode]) -> None:
        fields = Fields()
        mapping = ENTRY_FIELDS[key][1]
        for name, index in sorted(mapping.items(), key=lambda kv: kv[1]):
            if index >= len(args):
                continue
            if name == "description":
                fields.description.append(index)
            elif name == "note":
                fields.notes.append(self.plain(args[index]))
            else:
                fields.add(self.plain(args[index]), name)
        if key == "resumeSubSubheading":
            fields.add(self.last_entry.get("org"), "org")
            fields.add(self.last_entry.get("place"), "place")
        self.entry(fields, [args[k] for k in fields.description if k < len(args)])

    def entry(self, fields: Fields,
              description: Sequence[LatexGroupNode | Sequence[LatexNode | None]]) -> None:
        self.flush()
        self.in_item = self.item_started = False
        parts = [(text, hint) for text, hint in fields.parts if text]
        last = self.blocks[-1] if self.blocks else None
        if (parts and isinstance(last, Heading) and last.level >= 3 and not last.section
                and "title" not in fields.hints and heading_kind(last.text) is None):
            # moderncv written as \subsection{Engineer} over \cvitem{2019--2021}{Acme}: a
            # subheading right above an entry without a title of its own is that title
            self.blocks.pop()
            parts.insert(0, (last.text, "title"))
        if parts:
            self.emit(Entry(" | ".join(t for t, _ in parts), 0,
                            fields=tuple(t for t, _ in parts),
                            hints=tuple(h for _, h in parts)))
        for note in fields.notes:
            self.text_line(note)
        self.entry_depth = self.list_depth
        self.last_entry = fields
        for arg in description:
            self.walk(arg.nodelist if isinstance(arg, LatexGroupNode) else arg)
            self.flush()

    def item_macro(self, name: str, args: list[LatexGroupNode]) -> None:
        self.flush()
        texts = [self.inline(a) for a in args]
        if name == "resumeProjectHeading":
            project, _, tech = (texts[0] if texts else "").partition(" | ")
            self.in_item = self.item_started = False
            self.emit(TextLine(f"**{_unbold(project)}**", 0, bold=True))
            self.emit(TextLine(texts[1] if len(texts) > 1 else "", 0))
            if tech:
                self.emit(TextLine(f"Technologies: {_unbold(tech)}", 0))
            self.entry_depth = self.list_depth
            return
        if name == "cvhonor":
            plain = [self.plain(a) for a in args]
            # award, event, date: the location (third argument) is not part of an award.
            bullets = [", ".join(t for k, t in enumerate(plain) if t and k != 2)]
        elif name in ("resumeSubItem", "resumeItem") and len(texts) == 2:
            bullets = [f"{_unbold(texts[0])}: {texts[1]}" if texts[0] else texts[1]]
        else:
            bullets = texts
        saved = self.in_item, self.item_started
        self.in_item, self.item_started = True, False
        for bullet in bullets:
            self.item_started = False
            self.item_lines([bullet])
        self.in_item, self.item_started = saved

    def label_macro(self, name: str, args: list[LatexGroupNode]) -> None:
        self.flush()
        texts = [self.inline(a) for a in args]
        if name == "cvitemwithcomment" and len(texts) == 3:
            texts = [texts[0], f"{texts[1]} ({texts[2]})" if texts[2] else texts[1]]
        if name in ("cvskill", "cvlang") and len(texts) == 2 and _is_rating(texts[1]):
            texts = [texts[0]]  # AltaCV's \cvskill{Python}{4}: a name and a rating
        if len(texts) == 1:
            self.text_line(_unbold(texts[0]))
            return
        for k in range(0, len(texts) - 1, 2):
            label, text = _unbold(texts[k]).rstrip(":"), texts[k + 1]
            if label and text:
                self.emit(TextLine(f"**{label}:** {text}", 0))
            elif label or text:
                self.text_line(label or text)

    def plain(self, node: LatexNode | None) -> str:
        """An argument as one plain line (no bold), for entry fields and labels."""
        if node is None:
            return ""
        return " ".join(clean_text(render_text(_contents(node)), bold=False).split())

    def inline(self, node: LatexNode | None) -> str:
        """An argument as one line of light Markdown (bold kept outside publications)."""
        if node is None:
            return ""
        text = clean_text(render_text(_contents(node)), bold=not self.in_publications)
        return " ".join(text.split())


def _one_citation_each(lines: list[str]) -> bool:
    """Whether a paragraph of a publications section holds one citation per line (a hand
    list separated by ``\\\\``): each line opens with an author and ends as a citation.
    Otherwise its lines are one wrapped citation (title, authors and venue on lines of
    their own)."""
    return len(lines) > 1 and all(
        _CITATION_START.match(ln) and _CITATION_END.search(ln) for ln in lines)


def _is_rating(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*(?:/\s*\d+)?\s*", text))


def _contents(node: LatexNode) -> list[LatexNode]:
    return list(node.nodelist) if isinstance(node, LatexGroupNode) else [node]


def _unbold(text: str) -> str:
    return text.replace("**", "").strip()


def _blank(node: LatexNode | None) -> bool:
    return node is None or isinstance(node, LatexCommentNode) or (
        isinstance(node, LatexCharsNode) and not node.chars.strip())


def _gather(nodes: Sequence[LatexNode | None], i: int,
            limit: int) -> tuple[list[LatexGroupNode], int]:
    """Up to ``limit`` braced arguments following a macro pylatexenc did not know the
    arguments of; optional ``[...]`` arguments before them are skipped."""
    args: list[LatexGroupNode] = []
    j = end = i
    while j < len(nodes) and len(args) < limit:
        node = nodes[j]
        if isinstance(node, LatexCharsNode) and node.chars.lstrip().startswith("[") and not args:
            close = next((k for k in range(j, len(nodes)) if isinstance(nodes[k], LatexCharsNode)
                          and "]" in nodes[k].chars), None)  # type: ignore[union-attr]
            if close is None:
                break
            j = close + 1
        elif _blank(node) and "\n\n" not in getattr(node, "chars", ""):
            j += 1
        elif isinstance(node, LatexGroupNode) and node.delimiters[0] == "{":
            args.append(node)
            j = end = j + 1
        else:
            break
    return args, end


def _rows(nodes: Sequence[LatexNode | None]) -> list[list[list[LatexNode | None]]]:
    """A table's rows (split at ``\\\\``), each a list of cells (split at ``&``)."""
    rows: list[list[list[LatexNode | None]]] = [[[]]]
    for node in nodes:
        if isinstance(node, LatexMacroNode) and node.macroname in ("\\", "tabularnewline"):
            rows.append([[]])
        elif isinstance(node, LatexSpecialsNode) and node.specials_chars == "&":
            rows[-1].append([])
        else:
            rows[-1][-1].append(node)
    return [row for row in rows if any(not _blank(n) for cell in row for n in cell)]


def _logo_site(nodes: Sequence[LatexNode | None]) -> str:
    """The site a cell's only content links a picture to, by its name (``\\href{https://
    www.acme.com/about}{\\includegraphics{logo}}`` gives "Acme"), or ``""``."""
    content = [n for n in nodes if not _blank(n)]
    if len(content) != 1 or not isinstance(content[0], LatexMacroNode) \
            or content[0].macroname != "href":
        return ""
    args = node_args(content[0])
    if len(args) < 2 or not isinstance(args[1], LatexGroupNode) or not any(
            isinstance(n, LatexMacroNode) and n.macroname == "includegraphics"
            for n in args[1].nodelist) or render_text([args[1]]).strip():
        return ""
    url = "".join(n.latex_verbatim() for n in getattr(args[0], "nodelist", []))
    host = re.sub(r"^[a-z]+://", "", url.strip().lower()).split("/")[0].split(":")[0]
    labels = [p for p in host.split(".") if p and p != "www"]
    # the name is the label before the public suffix: acme.com, uni.ac.uk, acme.co.jp
    while len(labels) > 1 and (len(labels[-1]) <= 3 or labels[-1] in ("info", "museum")):
        labels.pop()
        if len(labels) > 1 and labels[-1] in ("ac", "co", "com", "edu", "gov", "org", "net"):
            labels.pop()
            break
    name = labels[-1] if labels else ""
    return name.capitalize() if len(name) > 4 else name.upper()


def _lead(nodes: Sequence[LatexNode | None]) -> tuple[list[LatexNode | None],
                                                     list[LatexNode | None]]:
    """Nodes up to the first that holds structure (a list, a paragraph break), and the rest."""
    first = next((k for k, n in enumerate(nodes) if _has_block(n)), len(nodes))
    return list(nodes[:first]), list(nodes[first:])


def _line_ends(nodes: Sequence[LatexNode | None], i: int) -> bool:
    """Whether the line ends before ``nodes[i]``: the end of the nodes, a newline, or an
    environment (which opens a line of its own)."""
    after = nodes[i] if i < len(nodes) else None
    return after is None or isinstance(after, LatexEnvironmentNode) or (
        isinstance(after, LatexCharsNode) and re.match(r"[ \t]*\n", after.chars) is not None)


def _without_option(nodes: list[LatexNode | None]) -> list[LatexNode | None]:
    """An environment's nodes less a leading ``[key=value]`` option (an environment
    pylatexenc has no spec for keeps it as text)."""
    first = next((k for k, n in enumerate(nodes) if not _blank(n)), None)
    if first is None or not isinstance(nodes[first], LatexCharsNode):
        return nodes
    chars = nodes[first].chars  # type: ignore[union-attr]
    match = re.match(r"\s*\[[^\]\n]*\]", chars)
    if match is None:
        return nodes
    rest = LatexCharsNode(chars=chars[match.end():], pos=None, len=None,
                          parsing_state=nodes[first].parsing_state)  # type: ignore[union-attr]
    return [*nodes[:first], rest, *nodes[first + 1:]]


def _calls(root: Sequence[LatexNode | None], name: str, env: bool,
           arity: int, limit: int = 64) -> list[list[LatexGroupNode]]:
    """The braced arguments of the first ``limit`` calls of a macro (or, with ``env``, of
    an environment's opening) anywhere in the document."""
    found: list[list[LatexGroupNode]] = []
    stack: list[Sequence[LatexNode | None]] = [root]
    while stack and len(found) < limit:
        nodes = stack.pop()
        for k, node in enumerate(nodes):
            if node is None:
                continue
            if env and isinstance(node, LatexEnvironmentNode) and node.environmentname == name:
                found.append(_gather(node.nodelist, 0, _MAX_ARGS)[0])
            elif not env and isinstance(node, LatexMacroNode) and node.macroname == name:
                parsed = [a for a in node_args(node) if isinstance(a, LatexGroupNode)]
                found.append(parsed or _gather(nodes, k + 1, arity)[0])
            children = getattr(node, "nodelist", None)
            if children:
                stack.append(children)
            stack.extend([a] for a in node_args(node) if a is not None)
    return found


def _box_content(node: LatexMacroNode) -> LatexNode | None:
    args = node_args(node)
    index = BOX_MACROS[node.macroname][1]
    return args[index] if index < len(args) else None


def _has_section(node: LatexNode | None) -> bool:
    """Whether a group holds a section heading (a region of the page, not an entry)."""
    if isinstance(node, LatexMacroNode) and node.macroname in SECTION_MACROS:
        return True
    return any(_has_section(child) for child in getattr(node, "nodelist", None) or [])


def _has_block(node: LatexNode | None) -> bool:
    """Whether a group holds structure (sections, entries, lists) rather than inline text."""
    if node is None:
        return False
    if isinstance(node, LatexEnvironmentNode):
        return node.environmentname not in ("math", "displaymath", "equation")
    if isinstance(node, LatexMacroNode):
        name = node.macroname
        if (name in SECTION_MACROS or name in ENTRY_FIELDS or name in ITEM_MACROS
                or name in LABEL_MACROS or name in ("item", "bibitem", "cventry", "par")):
            return True
        if name in BOX_MACROS:
            return _has_block(_box_content(node))
    if isinstance(node, LatexCharsNode):
        return "\n\n" in node.chars
    return any(_has_block(child) for child in getattr(node, "nodelist", None) or [])
