/** 编辑器的界面文字(由编辑器维护)。 */
export default {
  title: '编辑',
};
