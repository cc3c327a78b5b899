import type zh from './editor.zh-CN';

const en: typeof zh = {
  title: 'Edit',
};
export default en;
