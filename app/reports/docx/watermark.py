"""A word printed large and pale across every page ("UTKAST" on a draft), as Word does it.

Word's own watermarks are a WordArt shape anchored in the header, so they
appear on every page that header serves; LibreOffice reads them the same way.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.section import _BaseHeaderFooter

from app.reports.text_safety import clean_text

_SHAPE = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<w:rPr><w:noProof/></w:rPr>
<w:pict>
<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
  path="m@7,l@8,m@5,21600l@6,21600e">
<v:formulas>
<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>
<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>
<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>
<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>
<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>
</v:formulas>
<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800"
  o:connectangles="270,180,90,0"/>
<v:textpath on="t" fitshape="t"/>
<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>
<o:lock v:ext="edit" text="t" shapetype="t"/>
</v:shapetype>
<v:shape id="VanortWatermark{number}" o:spid="_x0000_s20{number:02d}" type="#_x0000_t136"
  style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;
  z-index:-251654144;mso-position-horizontal:center;mso-position-horizontal-relative:margin;
  mso-position-vertical:center;mso-position-vertical-relative:margin"
  o:allowincell="f" fillcolor="#c8ced4" stroked="f">
<v:fill opacity=".45"/>
<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string={text}/>
</v:shape>
</w:pict>
</w:r>"""


def add_watermark(part: _BaseHeaderFooter, text: str, number: int) -> None:
    """Put ``text`` diagonally across the pages that header ``part`` serves.

    ``number`` tells the shapes of one document apart (Word wants unique ids).
    """
    word = " ".join(clean_text(text).split())
    if not word:
        return
    paragraph = part.paragraphs[0] if part.paragraphs else part.add_paragraph()
    paragraph._p.append(parse_xml(_SHAPE.format(number=number, text=quoteattr(word))))
