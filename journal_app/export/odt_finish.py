"""What Qt's OpenDocument writer leaves out, added to the file it wrote: a page style
whose footer carries the pack's footer and "Page N of M" on every page (Qt writes no
styles.xml, so the footer could only be the last paragraph), shaded header rows of
framed tables (Qt drops cell backgrounds), alternative text on each chart (a title
and a description, as ODF keeps them), and a generic family behind Arial so another
office suite without Arial still uses a sans-serif face."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.etree import ElementTree as ET

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)

HEADER_SHADE = "#e8edf3"
RULE_MARK = "\u2063psw-rule\u2063"  # the text of a paragraph that stands for a rule
HEADER_STYLE = "PswHeaderCell"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def finish_odt(path: Path, footer: str, charts: Sequence[tuple[str, str]]) -> None:
    """Rewrite the ODT at `path` in place with the additions above. `charts` are the
    (title, summary) of each chart picture, in document order."""
    with zipfile.ZipFile(path) as odt:
        files = {name: odt.read(name) for name in odt.namelist()}
    content = ET.fromstring(files["content.xml"])
    _shade_header_rows(content)
    _draw_rules(content)
    _describe_charts(content, charts)
    _generic_fonts(content)
    files["content.xml"] = ET.tostring(content, encoding="utf-8", xml_declaration=True)
    files["styles.xml"] = _styles(footer)
    manifest = ET.fromstring(files["META-INF/manifest.xml"])
    paths = {e.get(_q("manifest:full-path")) for e in manifest}
    if "styles.xml" not in paths:
        entry = ET.SubElement(manifest, _q("manifest:file-entry"))
        entry.set(_q("manifest:media-type"), "text/xml")
        entry.set(_q("manifest:full-path"), "styles.xml")
    files["META-INF/manifest.xml"] = ET.tostring(manifest, encoding="utf-8", xml_declaration=True)
    # The mimetype entry first and stored, as the ODF package format requires.
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), files.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in files.items():
            odt.writestr(name, data, zipfile.ZIP_DEFLATED)


def _shade_header_rows(content: ET.Element) -> None:
    """The first row of each bordered table (the one Qt repeats on every page)."""
    automatic = content.find(_q("office:automatic-styles"))
    if automatic is None:
        return
    borders = {
        s.get(_q("style:name")): s.find(_q("style:table-cell-properties"))
        for s in automatic.findall(_q("style:style"))
        if s.get(_q("style:family")) == "table-cell"
    }
    made: dict[str, str] = {}
    for table in content.iter(_q("table:table")):
        row = table.find(_q("table:table-row"))
        if row is None:
            continue
        for cell in row.findall(_q("table:table-cell")):
            name = cell.get(_q("table:style-name")) or ""
            properties = borders.get(name)
            if properties is None or not properties.get(_q("fo:border")):
                continue  # an unframed table (the details grid): no shading
            if name not in made:
                made[name] = f"{HEADER_STYLE}{len(made) + 1}"
                _derived_style(
                    automatic,
                    made[name],
                    "table-cell",
                    properties,
                    {"fo:background-color": HEADER_SHADE},
                )
            cell.set(_q("table:style-name"), made[name])


def _derived_style(
    automatic: ET.Element,
    name: str,
    family: str,
    source: ET.Element | None,
    changes: dict[str, str],
) -> None:
    """A new automatic style: `source`'s properties (a <style:...-properties>
    element, or none) with `changes` on top."""
    style = ET.SubElement(automatic, _q("style:style"))
    style.set(_q("style:name"), name)
    style.set(_q("style:family"), family)
    properties = ET.SubElement(style, _q(f"style:{family}-properties"))
    for key, value in source.attrib.items() if source is not None else ():
        properties.set(key, value)
    for key, value in changes.items():
        properties.set(_q(key), value)


def _draw_rules(content: ET.Element) -> None:
    """Each paragraph that stands for a rule: emptied, with a bottom border."""
    automatic = content.find(_q("office:automatic-styles"))
    if automatic is None:
        return
    made: dict[str, str] = {}
    styles = {s.get(_q("style:name")): s for s in automatic.findall(_q("style:style"))}
    for paragraph in content.iter(_q("text:p")):
        if "".join(paragraph.itertext()) != RULE_MARK:
            continue
        for child in list(paragraph):
            paragraph.remove(child)
        paragraph.text = None
        name = paragraph.get(_q("text:style-name")) or ""
        if name not in made:
            made[name] = f"PswRule{len(made) + 1}"
            original = styles.get(name)
            found = None if original is None else original.find(_q("style:paragraph-properties"))
            rule = {
                "fo:border-bottom": "0.75pt solid #9aa5b1",
                "fo:padding-bottom": "0pt",
                "style:line-height": "2pt",
            }
            _derived_style(automatic, made[name], "paragraph", found, rule)
        paragraph.set(_q("text:style-name"), made[name])


def _describe_charts(content: ET.Element, charts: Sequence[tuple[str, str]]) -> None:
    frames = [f for f in content.iter(_q("draw:frame")) if f.find(_q("draw:image")) is not None]
    for frame, (title, summary) in zip(frames, charts, strict=False):
        for tag, text in ((_q("svg:title"), title), (_q("svg:desc"), summary)):
            element = ET.Element(tag)
            element.text = text
            frame.append(element)


def _generic_fonts(content: ET.Element) -> None:
    for properties in content.iter(_q("style:text-properties")):
        if properties.get(_q("fo:font-family")):
            properties.set(_q("style:font-family-generic"), "swiss")
            properties.set(_q("style:font-pitch"), "variable")


def _styles(footer: str) -> bytes:
    """An A4 page with 2.5 cm side margins and a footer: the pack's footer text, then
    the page number and count on the right."""
    root = ET.Element(_q("office:document-styles"))
    root.set(_q("office:version"), "1.2")
    automatic = ET.SubElement(root, _q("office:automatic-styles"))
    layout = ET.SubElement(automatic, _q("style:page-layout"))
    layout.set(_q("style:name"), "PswPage")
    page = ET.SubElement(layout, _q("style:page-layout-properties"))
    for key, value in (
        ("fo:page-width", "21cm"),
        ("fo:page-height", "29.7cm"),
        ("fo:margin-top", "2cm"),
        ("fo:margin-bottom", "1.5cm"),
        ("fo:margin-left", "2.5cm"),
        ("fo:margin-right", "2.5cm"),
        ("style:print-orientation", "portrait"),
    ):
        page.set(_q(key), value)
    footer_style = ET.SubElement(layout, _q("style:footer-style"))
    footer_box = ET.SubElement(footer_style, _q("style:header-footer-properties"))
    footer_box.set(_q("fo:min-height"), "1cm")
    footer_box.set(_q("fo:margin-top"), "0.4cm")
    footer_box.set(_q("fo:border-top"), "0.5pt solid #9aa5b1")
    footer_box.set(_q("fo:padding-top"), "0.15cm")
    text_style = ET.SubElement(automatic, _q("style:style"))
    text_style.set(_q("style:name"), "PswFooter")
    text_style.set(_q("style:family"), "paragraph")
    paragraph = ET.SubElement(text_style, _q("style:paragraph-properties"))
    tabs = ET.SubElement(paragraph, _q("style:tab-stops"))
    tab = ET.SubElement(tabs, _q("style:tab-stop"))
    tab.set(_q("style:position"), "16cm")
    tab.set(_q("style:type"), "right")
    font = ET.SubElement(text_style, _q("style:text-properties"))
    font.set(_q("fo:font-family"), "Arial")
    font.set(_q("fo:font-size"), "8pt")
    font.set(_q("fo:color"), "#555555")
    font.set(_q("style:font-family-generic"), "swiss")
    masters = ET.SubElement(root, _q("office:master-styles"))
    master = ET.SubElement(masters, _q("style:master-page"))
    master.set(_q("style:name"), "Standard")
    master.set(_q("style:page-layout-name"), "PswPage")
    footer_element = ET.SubElement(master, _q("style:footer"))
    line = ET.SubElement(footer_element, _q("text:p"))
    line.set(_q("text:style-name"), "PswFooter")
    line.text = " ".join(footer.split())
    ET.SubElement(line, _q("text:tab")).tail = "Page "
    number = ET.SubElement(line, _q("text:page-number"))
    number.set(_q("text:select-page"), "current")
    number.text = "1"
    number.tail = " of "
    ET.SubElement(line, _q("text:page-count")).text = "1"
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
