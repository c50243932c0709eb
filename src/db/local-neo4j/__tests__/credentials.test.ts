import { generatePassword } from '../credentials';

test('generated passwords are long, fresh, and never look like a command-line option', () => {
  const passwords = Array.from({ length: 2000 }, generatePassword);
  for (const password of passwords) expect(password).toMatch(/^[0-9a-f]{48}$/);
  expect(new Set(passwords).size).toBe(passwords.length);
});
