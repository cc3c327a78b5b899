/**
 * Session 40's one-home work, second part: meta.ts read the level of a government said by its kind alone ("县人民政府",
 * "自治州人民政府决定", an issuer "区政府办公室" said short) with a mapping of its own; it now asks places.ts (kindAlone,
 * governmentOfKind, placeLevel), the reader export/upward.ts uses. What one knew and the other did not, each in a second
 * style: the cases marked "guard" pass before and after (what meta.ts already read), the others failed before.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { governmentOfKind, kindAlone, placeLevel, placeOfTitle } from '../../shared/importer/places';

const meta = (text: string) => importText(text, 'x.txt').meta;

describe('a unit named by its kind alone before an organ (places.ts kindAlone)', () => {
  it('its kind, level and organ; whether the organ is its government', () => {
    expect(kindAlone('县人民政府办公室')).toEqual({ kind: '县', level: 3, organ: '人民政府办公室', government: true });
    expect(kindAlone('自治州人民政府')).toEqual({ kind: '自治州', level: 2, organ: '人民政府', government: true });
    expect(kindAlone('县教体局')).toEqual({ kind: '县', level: 3, organ: '教体局', government: false });
    expect(kindAlone('省政府办公厅')).toMatchObject({ level: 1, government: true });
    expect(kindAlone('街道办事处')).toMatchObject({ level: 4, government: true });
    // no organ after the kind: a word, not a unit
    for (const n of ['区域协调发展', '县域经济', '东湖区人民政府']) expect(kindAlone(n), n).toBeNull();
  });

  it('行署, a 行政公署 said short, is a government (meta.ts read "盟行署决定", placeLevel did not)', () => {
    expect(placeLevel('盟行署')).toEqual({ level: 2, government: true });
    expect(placeLevel('地区行署办公室')).toEqual({ level: 2, government: true });
    expect(kindAlone('州行署')).toMatchObject({ level: 2, government: true });
  });

  it('governmentOfKind: the title\'s unit of the level said, when its name ends like the kind', () => {
    const place = placeOfTitle('临江市南屿县2026年农村公路养护工作方案');
    expect(governmentOfKind('县人民政府', place)).toBe('南屿县人民政府');
    expect(governmentOfKind('市人民政府办公室', place)).toBe('临江市人民政府办公室');
    // another kind of the same level (区 is no 县), a province the title does not name, a township, a department
    for (const said of ['区人民政府', '省人民政府', '镇人民政府', '县民政局']) expect(governmentOfKind(said, place), said).toBeNull();
    expect(governmentOfKind('自治州人民政府', placeOfTitle('青川州2026年重点工作任务分解方案'))).toBe('青川州人民政府');
  });
});

describe('a notice whose government is said by its kind alone, no issuer else', () => {
  // [case, the notice title, its addressees, its sentence, the plan's title, a task, the issuer expected]
  const cases: [string, string, string, string, string, string, string | null][] = [
    ['"经新区人民政府研究决定": a 新区 is a district (meta.ts knew 区 only at the start of the kind)',
      '关于印发云溪新区2026年海绵城市建设实施方案的通知', '各街道办事处，新区各部门：',
      '经新区人民政府研究决定，现将《云溪新区2026年海绵城市建设实施方案》印发给你们，请认真组织实施。',
      '云溪新区2026年海绵城市建设实施方案', '（一）年内新增海绵城市达标面积3平方公里。（新区住建局牵头）', '云溪新区人民政府'],
    ['"区政府关于印发…的通知": the government said short heads the notice title as 人民政府 does',
      '区政府关于印发东湖区2026年背街小巷改造工作方案的通知', '各街道办事处，区政府各部门：',
      '现将《东湖区2026年背街小巷改造工作方案》印发给你们，请认真贯彻执行。',
      '东湖区2026年背街小巷改造工作方案', '（一）完成背街小巷改造42条。（区城管局牵头）', '东湖区政府'],
    ['guard: "经盟行署研究决定": the league\'s 行署',
      '关于印发锡林盟2026年草原生态保护工作要点的通知', '各旗县人民政府，盟直各部门：',
      '经盟行署研究决定，现将《锡林盟2026年草原生态保护工作要点》印发给你们，请认真贯彻落实。',
      '锡林盟2026年草原生态保护工作要点', '（一）完成草原监测样地120个。（盟林草局牵头）', '锡林盟行署'],
    ['guard: "镇人民政府研究决定" names a township, which the model holds no field for: no issuer',
      '关于印发南屿县清溪镇2026年人居环境整治方案的通知', '各村民委员会，镇属各单位：',
      '经镇人民政府研究决定，现将《南屿县清溪镇2026年人居环境整治方案》印发给你们，请认真组织实施。',
      '南屿县清溪镇2026年人居环境整治方案', '（一）完成农村户厕改造300户。（镇农业服务中心牵头）', null],
  ];
  it.each(cases)('%s', (_case, notice, addressees, sentence, title, task, issuer) => {
    expect(meta([notice, addressees, sentence, title, '一、主要任务', task].join('\n')).issuer).toBe(issuer);
  });
});
