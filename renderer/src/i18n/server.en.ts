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
  connect: {
    title: 'Connect to the office library',
    intro: 'The address of the office library server (plan-workbench serve). You log in in a new window; the library on this computer stays as it is. File › Disconnect brings you back.',
    address: 'Server address',
    placeholder: 'e.g. http://192.168.1.20:8080',
    submit: 'Connect',
    busy: 'Connecting…',
    cancel: 'Cancel',
    required: 'Enter the address of the office library',
    failed: 'Connecting to the office library failed',
    button: 'Office library',
  },
};
