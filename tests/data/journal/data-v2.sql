-- Extra sample content of a format-2 journal (on top of data-v1.sql with user_version raised to 2).
UPDATE sessions SET mode = 'solo' WHERE id = '55555555-5555-4555-8555-555555555555';
INSERT INTO reminders(id, couple_id, session_id, commitment_id, kind, due_at, place, delivered_at, created_at) VALUES
  ('a1000001-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '44444444-4444-4444-8444-444444444444', NULL, 'return', '2024-11-05T21:00:00.000Z', 'the kitchen table', NULL, '2024-11-05T20:15:00.000Z'),
  ('a1000002-0000-4000-8000-000000000002', '11111111-1111-4111-8111-111111111111', NULL, 'f0000001-0000-4000-8000-000000000001', 'follow_up', '2024-11-09T18:00:00.000Z', NULL, '2024-11-09T18:01:00.000Z', '2024-11-02T19:35:00.000Z');
INSERT INTO safety_answers(id, partner_id, session_id, payload, created_at) VALUES
  ('5a000001-0000-4000-8000-000000000001', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', NULL, '{"feelsSafe":true}', '2024-11-06T07:31:00.000Z');
PRAGMA user_version = 2;
