/** Login screen of the office server (plan-workbench serve). Same keys as the zh-CN file. */
export default {
  title: 'Log in to the office library',
  intro: 'The plan library on this server is shared by your office. Log in with the account your administrator made for you.',
  username: 'User name',
  password: 'Password',
  submit: 'Log in',
  busy: 'Logging in…',
  user: '{name} ({role})',
  logout: 'Log out',
  roles: { planner: 'planner', reviewer: 'reviewer', clerk: 'clerk', admin: 'admin' },
};
