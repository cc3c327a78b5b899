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
  it('a plan whose title merely mentions a 报告 is no 报告', () => {
    expect(looksUpward(meta({ title: '东湖区政府工作报告重点任务分解方案' }))).toBe(false);
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
