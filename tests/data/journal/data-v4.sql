-- A format-4 journal: the format-3 sample with two repair attempts noted (one taken), and user_version raised to 4.
INSERT INTO repair_attempts(id, couple_id, made_by, taken, noted_at) VALUES
  ('44444444-4444-4444-8444-444444444401', '11111111-1111-4111-8111-111111111111', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 1, '2024-11-05T20:00:00.000Z'),
  ('44444444-4444-4444-8444-444444444402', '11111111-1111-4111-8111-111111111111', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 0, '2024-11-06T08:15:00.000Z');
PRAGMA user_version = 4;
