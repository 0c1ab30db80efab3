"""A web page as a reader and a screen reader get it, one line per element that holds text.

Each heading, paragraph, list item, table row, form control and link is written with its
attributes, so that a page's every value shows in its outline: the link's target, the language
of a link to the other language, a row's data attributes, the option selected. Inline markup is
kept readable: ``[text](href)`` for a link, ``**text**`` for strong text, `` `text` `` for code,
`` / `` for a line break. A style sheet or a script is given by its address;
an inline one (which the security policy would block) as such.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

#: Elements whose text makes one line of the outline.
LINES = frozenset(
    {"title", "h1", "h2", "p", "li", "caption", "th", "td", "label", "option", "button", "meta", "input", "a"}
)
#: Elements that only group others: their children are written as if they stood in their place.
GROUPING = frozenset({"head", "body", "header", "main", "thead", "tbody"})
VOID = frozenset({"meta", "input", "br", "link"})


@attrs.define
class _Element:
    tag: str
    attributes: list[tuple[str, str | None]]
    children: list[_Element | str] = attrs.Factory(list)


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("document", [])
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = _Element(tag, attrs)
        self.open[-1].children.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while len(self.open) > 1:
            if self.open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def outline(html: str) -> str:
    """The lines of the page *html*."""
    tree = _Tree()
    tree.feed(html)
    tree.close()
    lines: list[str] = []
    for child in tree.root.children:
        _lines(child, 0, lines)
    return "\n".join(lines) + "\n"


def _attributes(element: _Element, *, leave_out: tuple[str, ...] = ()) -> str:
    written = [f'{name}="{value}"' if value is not None else name for name, value in element.attributes]
    kept = [w for w, (name, _) in zip(written, element.attributes, strict=True) if name not in leave_out]
    return "[" + " ".join(kept) + "]" if kept else ""


def _lines(node: _Element | str, depth: int, lines: list[str]) -> None:
    indent = "  " * depth
    if isinstance(node, str):
        text = " ".join(node.split())
        if text:
            lines.append(indent + text)
        return
    if node.tag in ("style", "script") and any(isinstance(c, str) and c.strip() for c in node.children):
        lines.append(f"{indent}{node.tag} inline")  # the security policy forbids it: never expected
        return
    if node.tag in LINES:
        text = _inline(node.children)
        lines.append(f"{indent}{node.tag}{_attributes(node)}" + (f": {text}" if text else ""))
        return
    if node.tag not in GROUPING:
        lines.append(f"{indent}{node.tag}{_attributes(node)}")
        depth += 1
    for child in node.children:
        _lines(child, depth, lines)


def _inline(children: list[_Element | str]) -> str:
    parts: list[str] = []
    for child in children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag == "br":
            parts.append(" / ")
        elif child.tag == "a":
            href = dict(child.attributes).get("href")
            parts.append(f"[{_inline(child.children)}]({href}){_attributes(child, leave_out=('href',))}")
        elif child.tag == "strong":
            parts.append(f"**{_inline(child.children)}**")
        elif child.tag == "code":
            parts.append(f"`{_inline(child.children)}`")
        else:
            parts.append(f"<{child.tag}{_attributes(child)}>{_inline(child.children)}")
    return " ".join("".join(parts).split())
