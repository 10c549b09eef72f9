import { describe, expect, it } from 'vitest';
import { documentXml, p, row, table } from './docx.fixture.ts';
import { documentXmlText } from './word-xml.ts';

const text = (body: string) => documentXmlText(documentXml(body));

describe('documentXmlText', () => {
  it('knows Word by its namespace, whatever the prefix, or none', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const other = `<x:document xmlns:x="${W}"><x:body><x:p><x:r><x:t>一、推进&amp;改革</x:t></x:r></x:p></x:body></x:document>`;
    const plain = `<document xmlns="${W}"><body><p><r><t>（一）创新口岸管理。</t></r></p><tbl><tr><tc><p><r><t>1</t></r></p></tc><tc><p><r><t>任务</t></r></p></tc></tr></tbl></body></document>`;
    expect(documentXmlText(other)).toBe('一、推进&改革\n');
    expect(documentXmlText(plain)).toBe('（一）创新口岸管理。\n1\t任务\n');
    // The same names in another namespace are not Word's text.
    expect(documentXmlText('<document xmlns="urn:other"><body><p><t>不是</t></p></body></document>')).toBe(
      '\n',
    );
  });

  it('makes each paragraph a line of its runs', () => {
    expect(text(p('一、推进', '改革') + p('（一）创新口岸管理。') + '<w:p/>' + p('结束'))).toBe(
      '一、推进改革\n（一）创新口岸管理。\n\n结束\n',
    );
  });

  it('turns tabs into tabs and line breaks into lines, but not tab stops', () => {
    const para =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>' +
      '<w:r><w:t>序号</w:t><w:tab/><w:t>任务</w:t><w:br/><w:t>下一行</w:t></w:r></w:p>';
    expect(text(para)).toBe('序号\t任务\n下一行\n');
  });

  it('decodes entities and keeps spaces', () => {
    expect(text(p('A &amp; B &lt;规划&gt; &#x4E00;&#20108; ', '&quot;三&apos;'))).toBe(
      'A & B <规划> 一二 "三\'\n',
    );
  });

  it('leaves out deleted text, field codes and the fallback copy of a drawing', () => {
    const para =
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>图中文字</w:t></w:r></mc:Choice>' +
      '<mc:Fallback><w:r><w:t>图中文字</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>';
    expect(text(para)).toBe('保留图中文字\n');
  });

  it('makes each table row a line of tab-separated cells', () => {
    const body =
      p('附件') +
      table(
        row('序号', '工作任务', '牵头单位', '配合单位'),
        row('1', '优化通关服务。', '自治区商务厅', ['满洲里海关', '自治区财政厅']),
        row('2', ['推进口岸建设。', '完善设施。'], '海关', ''),
      ) +
      p('完');
    expect(text(body)).toBe(
      [
        '附件',
        '序号\t工作任务\t牵头单位\t配合单位',
        '1\t优化通关服务。\t自治区商务厅\t满洲里海关、自治区财政厅',
        '2\t推进口岸建设。完善设施。\t海关\t',
        '完',
        '',
      ].join('\n'),
    );
  });

  it('keeps a row on one line whatever its cells hold', () => {
    const cell = '<w:tc><w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p></w:tc>';
    const nested = `<w:tc>${table(row('内1', '内2'))}</w:tc>`;
    expect(text(`<w:tbl><w:tr>${cell}${nested}</w:tr></w:tbl>`)).toBe('甲 乙、丙\t内1\t内2\n');
  });
});
