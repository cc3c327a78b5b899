/**
 * 签发人 belongs to upward documents only (上行文, GB/T 9704-2012 §7.2.6): the editor offers the field where a plan reads
 * as one — its title a 请示 or 报告, its 发文字号's 机关代字 ending in 请 or 报, or a district's document sent to its
 * city's or province's government — and wherever a 签发人 is already entered. The five reference plans (downward
 * 通知 of district plans) and the plans written below in other styles are read by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksUpward, offersSigner } from '../../shared/export/upward';
import { importText } from '../../shared/importer/index';

const meta = (m: Partial<{ title: string; docNumber: string | null; addressees: string[]; issuer: string | null; district: string | null; signer: string | null }>) => ({
  title: '', docNumber: null, addressees: [], issuer: null, district: null, ...m,
});

describe('looksUpward', () => {
  it('a 请示 or a 报告 by its title, in several styles', () => {
    expect(looksUpward(meta({ title: '临江市东湖区人民政府关于申请数字乡村试点资金的请示' }))).toBe(true);
    expect(looksUpward(meta({ title: '青川区关于2025年度数字政府建设工作情况的报告' }))).toBe(true);
    expect(looksUpward(meta({ title: '关于南屿县智慧农业示范区建设进展情况的报告。' }))).toBe(true);
    expect(looksUpward(meta({ title: '《云溪区关于调整智慧社区建设计划的请示》' }))).toBe(true);
  });
  it('by its 发文字号: the 机关代字 ends in 请 or 报, whatever the brackets', () => {
    expect(looksUpward(meta({ title: '东湖区数字经济发展三年行动计划', docNumber: '东府请〔2027〕3号' }))).toBe(true);
    expect(looksUpward(meta({ title: '青川区数字政府建设计划', docNumber: '青政报[2026]12号' }))).toBe(true);
    expect(looksUpward(meta({ title: '青川区数字政府建设计划', docNumber: '青政报（2026）12号' }))).toBe(true);
    // a downward 发文字号 (办发, 发) is none
    expect(looksUpward(meta({ title: '东湖区数字经济发展三年行动计划', docNumber: '东府办发〔2027〕3号' }))).toBe(false);
  });
  it('by its 主送机关: a district\'s or county\'s document to its city\'s or province\'s government or party committee', () => {
    expect(looksUpward(meta({ title: '南屿县数字乡村建设三年行动计划', issuer: '南屿县人民政府', addressees: ['临江市人民政府'] }))).toBe(true);
    expect(looksUpward(meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['市政府'] }))).toBe(true);
    expect(looksUpward(meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['市委办公厅', '市政府办公厅'] }))).toBe(true);
    // a district's own offices, its streets and towns: downward
    expect(looksUpward(meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['区政府各委、办、局', '各街道办事处', '各镇人民政府'] }))).toBe(false);
    // another district under the city, a city office that is no government: not a superior
    expect(looksUpward(meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['临江市青川区人民政府', '市发展改革委'] }))).toBe(false);
    // a city's plan sent to the city's own offices is not upward either (no district issuer)
    expect(looksUpward(meta({ title: '临江市智慧城市建设行动计划', issuer: '临江市人民政府办公厅', addressees: ['各区人民政府', '市政府各委、办、局'] }))).toBe(false);
  });
  it('a plan whose title merely mentions a 报告, or is a report to the congress by name, is no 报告', () => {
    expect(looksUpward(meta({ title: '东湖区政府工作报告重点任务分解方案' }))).toBe(false);
    expect(looksUpward(meta({ title: '东湖区2026年政府工作报告' }))).toBe(false);
    expect(looksUpward(meta({ title: '青川区国民经济和社会发展第十五个五年规划纲要编制工作报告' }))).toBe(false);
    // "…的报告" and "关于…报告" stay reports
    expect(looksUpward(meta({ title: '南屿县数字乡村建设推进情况的报告' }))).toBe(true);
    expect(looksUpward(meta({ title: '云溪区人民政府关于智慧社区建设专项督查情况报告' }))).toBe(true);
  });
  it('by its 主送机关 at every level: a town or street to its district or county, a city to its province or region', () => {
    // a 镇 and a 街道 writing to the 区/县 above them
    expect(looksUpward(meta({ title: '清溪镇数字乡村建设实施方案', issuer: '南屿县清溪镇人民政府', addressees: ['县人民政府'] }))).toBe(true);
    expect(looksUpward(meta({ title: '望江街道智慧社区建设工作方案', issuer: '东湖区望江街道办事处', addressees: ['东湖区人民政府'] }))).toBe(true);
    // a city to its province, and to an autonomous region (自治区 is a province, not a 区)
    expect(looksUpward(meta({ title: '临江市数字经济发展三年行动计划', issuer: '临江市人民政府', addressees: ['省人民政府'] }))).toBe(true);
    expect(looksUpward(meta({ title: '临江市数字经济发展三年行动计划', issuer: '临江市人民政府', addressees: ['广西壮族自治区人民政府'] }))).toBe(true);
    // a county to its 自治州 and a banner to its 盟
    expect(looksUpward(meta({ title: '南屿县智慧农业行动方案', issuer: '南屿县人民政府', addressees: ['云岭自治州人民政府'] }))).toBe(true);
    expect(looksUpward(meta({ title: '青川旗智慧牧区行动方案', district: '青川旗', addressees: ['锡林盟行政公署'] }))).toBe(true);
    // a district department writes under its district's level: its city's government is above it
    expect(looksUpward(meta({ title: '东湖区城市更新三年行动计划', issuer: '临江市东湖区城市管理局', addressees: ['临江市人民政府'] }))).toBe(true);
    // the same level or below is no superior: a 镇 to its villages, a 街道 to another 街道, a district to a county
    expect(looksUpward(meta({ title: '清溪镇数字乡村建设实施方案', issuer: '南屿县清溪镇人民政府', addressees: ['各村民委员会', '镇属各单位'] }))).toBe(false);
    expect(looksUpward(meta({ title: '望江街道智慧社区建设工作方案', issuer: '东湖区望江街道办事处', addressees: ['东湖区临湖街道办事处'] }))).toBe(false);
    expect(looksUpward(meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['南屿县人民政府'] }))).toBe(false);
    // a province's plan sent to its cities is downward
    expect(looksUpward(meta({ title: '某省数字政府建设行动计划', issuer: '某省人民政府办公厅', addressees: ['各市人民政府', '省政府各部门'] }))).toBe(false);
  });
  it('levels read as the importer reads places: a county-level city, traditional characters, a prefecture\'s 行政公署, a township\'s department', () => {
    // a county-level city under its city (the importer reads 临江市南屿市 as a district) writes up to the city
    expect(looksUpward(meta({ title: '南屿市数字乡村建设实施方案', issuer: '临江市南屿市人民政府', addressees: ['临江市人民政府'] }))).toBe(true);
    // …and across to another district of its city is not upward
    expect(looksUpward(meta({ title: '南屿市数字乡村建设实施方案', issuer: '临江市南屿市人民政府', addressees: ['临江市青川区人民政府'] }))).toBe(false);
    // names in traditional characters are read folded
    expect(looksUpward(meta({ title: '南嶼縣智慧農業行動方案', issuer: '南嶼縣人民政府', addressees: ['臨江市人民政府'] }))).toBe(true);
    // a prefecture named by 地区, its government a 行政公署, the name three characters long
    expect(looksUpward(meta({ title: '青川县智慧牧区行动方案', issuer: '青川县人民政府', addressees: ['南屿山地区行政公署'] }))).toBe(true);
    // a township's own department writes under the township's level: its county's government is above it
    expect(looksUpward(meta({ title: '清溪镇智慧农业实施方案', issuer: '南屿县清溪镇农业服务中心', addressees: ['南屿县人民政府'] }))).toBe(true);
    // a street's party working committee to its district's party committee, named short
    expect(looksUpward(meta({ title: '望江街道基层治理数字化方案', issuer: '东湖区望江街道党工委', addressees: ['区委办公室'] }))).toBe(true);
  });
  it('the five reference plans (district plans sent down to their offices) are not upward', () => {
    const seeds = join(import.meta.dirname, '..', '..', 'seeds');
    for (const f of ['000_c5ac5ec241139578.txt', '001_93e2e572a76f2d41.txt', '002_72028bf86ba9aa86.txt', '003_95ba35a700e40d34.txt', '004_5927250410f73846.txt']) {
      expect(looksUpward(importText(readFileSync(join(seeds, f), 'utf8'), f).meta), f).toBe(false);
    }
  });
});

describe('offersSigner: an upward document, or a 签发人 already entered (kept, never hidden)', () => {
  it('keeps an entered name on a downward plan', () => {
    const down = meta({ title: '云溪区智慧社区建设行动计划', district: '云溪区', addressees: ['各街道办事处'] });
    expect(offersSigner(down)).toBe(false);
    expect(offersSigner({ ...down, signer: '林晓岚' })).toBe(true);
    expect(offersSigner({ ...down, signer: '　' })).toBe(false);
    expect(offersSigner({ ...down, title: '云溪区关于智慧社区建设情况的报告' })).toBe(true);
  });
});
