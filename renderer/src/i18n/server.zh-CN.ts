/** 单位资料库服务器(plan-workbench serve)的登录界面文字。en 文件须有相同的键。 */
export default {
  title: '登录单位资料库',
  intro: '这台服务器上的规划资料库供单位多人使用,请用管理员为您创建的账户登录。',
  username: '用户名',
  password: '密码',
  submit: '登录',
  busy: '正在登录…',
  user: '{name}({role})',
  logout: '退出登录',
  roles: { planner: '规划', reviewer: '审核', clerk: '文书', admin: '管理员' },
  connect: {
    title: '连接到单位资料库',
    intro: '输入单位资料库服务器(plan-workbench serve)的地址。连接后在新窗口中登录,本机资料库保持不变;用“文件 › 断开单位资料库”回到本机。',
    address: '服务器地址',
    placeholder: '例如 http://192.168.1.20:8080',
    submit: '连接',
    busy: '正在连接…',
    cancel: '取消',
    required: '请输入单位资料库的地址',
    failed: '连接单位资料库时出错',
    button: '连接单位资料库',
  },
};
