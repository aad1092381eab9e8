#!/usr/bin/env python3
"""Writes a minimal XLSX workbook (sheets "cases" and "events", inline strings) for the product
smoke test, without any spreadsheet program. Usage: smoke-xlsx.py FILE"""
import sys
import zipfile
def sheet(rows):
    cells = "".join("<row r=\"%d\">%s</row>" % (i + 1, "".join(
        "<c r=\"%s%d\" t=\"inlineStr\"><is><t>%s</t></is></c>" % (chr(65 + j), i + 1, v) for j, v in enumerate(r)))
        for i, r in enumerate(rows))
    return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData></worksheet>' % cells)
ns = 'http://schemas.openxmlformats.org/'
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="%spackage/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>' % ns)
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%spackage/2006/relationships">'
        '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' % (ns, ns))
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%sspreadsheetml/2006/main" '
        'xmlns:r="%sofficeDocument/2006/relationships"><sheets><sheet name="cases" sheetId="1" r:id="rId1"/>'
        '<sheet name="events" sheetId="2" r:id="rId2"/></sheets></workbook>' % (ns, ns))
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="%spackage/2006/relationships">'
        '<Relationship Id="rId1" Type="%sofficeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="%sofficeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '</Relationships>' % (ns, ns, ns))
    z.writestr("xl/worksheets/sheet1.xml", sheet([["case_id", "unit", "caseworker"], ["X-1", "Valby", "AB"], ["X-2", "Valby", "CD"]]))
    z.writestr("xl/worksheets/sheet2.xml", sheet([["case_id", "event", "at"], ["X-1", "opfoelgning", "2018-05-01"]]))
