/**
 * General rules found by importing real public plans themselves (session 31, docs/importer-corpus.md "Real plans
 * read (session 31)"; docs/importer-grammar.md "Rules added from real plans (session 31)"). The real texts were read,
 * never kept: every case here is written in our own words, with fictional places where the rule allows. Each case
 * failed before its rule.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer/index';
import { findDistrict, placeOfTitle } from '../../shared/importer/places';

const meta = (text: string) => importText(text, 'x.txt').meta;

describe('districts of a one-character name (四川 攀枝花市东区 纲要; 山西 阳泉市 城区/郊区/矿区; 济南市市中区)', () => {
  it('right after its city, "X市东区" / "X市西区" is the district, in a title as before an organ', () => {
    expect(placeOfTitle('临江市东区国民经济和社会发展第十四个五年规划纲要')).toMatchObject({ city: '临江市', district: '东区' });
    expect(findDistrict('临江市西区人民政府办公室')).toBe('西区');
    expect(meta('临江市东区2025年城市更新工作方案\n一、总体要求\n（一）目标。完成改造。').district).toBe('东区');
  });
  it('城区 / 郊区 / 矿区 after a city are districts only where a government names them, never at the start of a title', () => {
    expect(findDistrict('临江市郊区人民政府')).toBe('郊区');
    expect(findDistrict('临江市矿区人民政府办公室')).toBe('矿区');
    expect(findDistrict('临江市城区河道整治三年行动方案')).toBeNull();
    expect(findDistrict('临江市郊区农业发展规划')).toBeNull();
    expect(findDistrict('临江市社区治理行动方案')).toBeNull();
  });
  it('alone, a one-character name + 区 is no district (东区管委会, 西区人民政府: the city is not said)', () => {
    expect(findDistrict('东区管委会')).toBeNull();
    expect(findDistrict('西区人民政府')).toBeNull();
  });
  it('one-character counties and 市中区 are read as before (和县, 沛县, 单县; 临江市市中区)', () => {
    expect(findDistrict('临江市和县人民政府')).toBe('和县');
    expect(findDistrict('单县人民政府办公室')).toBe('单县');
    expect(findDistrict('临江市市中区人民政府')).toBe('市中区');
  });
});
