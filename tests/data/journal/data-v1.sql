-- Sample content of a format-1 journal: every table, a solo profile, private and joint entries,
-- text with emoji, combining marks and right-to-left script.
INSERT INTO meta(key, value) VALUES ('journal_id', '0b8e7d1c-3f2a-4e5b-9c6d-7a8b9c0d1e2f'), ('created_at', '2024-11-02T18:04:05.123Z');
INSERT INTO couples(id, kind, name, created_at, updated_at) VALUES
  ('11111111-1111-4111-8111-111111111111', 'couple', 'Robin & Kai', '2024-11-02T18:05:00.000Z', '2024-11-02T18:05:00.000Z'),
  ('22222222-2222-4222-8222-222222222222', 'solo', '', '2024-11-03T08:00:00.000Z', '2024-11-03T08:00:00.000Z');
INSERT INTO partners(id, couple_id, display_name, position, created_at, updated_at) VALUES
  ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'Robin', 0, '2024-11-02T18:05:00.000Z', '2024-11-02T18:05:00.000Z'),
  ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '11111111-1111-4111-8111-111111111111', 'Kai', 1, '2024-11-02T18:05:00.000Z', '2024-11-02T18:05:00.000Z'),
  ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', '22222222-2222-4222-8222-222222222222', 'Noor', 0, '2024-11-03T08:00:00.000Z', '2024-11-03T08:00:00.000Z');
INSERT INTO sessions(id, couple_id, program_id, program_version, status, started_at, ended_at, updated_at, pause_reason, return_at, return_place, engine_state) VALUES
  ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111', 'rupture-to-repair', '1.0.0', 'completed', '2024-11-02T18:10:00.000Z', '2024-11-02T19:40:00.000Z', '2024-11-02T19:40:00.000Z', NULL, NULL, NULL, '{"step":"re-engage","card":"hug"}'),
  ('44444444-4444-4444-8444-444444444444', '11111111-1111-4111-8111-111111111111', 'rupture-to-repair', '1.0.0', 'paused', '2024-11-05T20:00:00.000Z', NULL, '2024-11-05T20:15:00.000Z', 'space', '2024-11-05T21:00:00.000Z', 'the kitchen table', '{"step":"acknowledge"}'),
  ('55555555-5555-4555-8555-555555555555', '22222222-2222-4222-8222-222222222222', 'rupture-to-repair', '1.0.0', 'active', '2024-11-06T07:30:00.000Z', NULL, '2024-11-06T07:30:00.000Z', NULL, NULL, NULL, '');
INSERT INTO entries(id, session_id, partner_id, step, card, payload, visibility, created_at, updated_at) VALUES
  ('e0000001-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'acknowledge', 'notice-body', '{"text":"My chest got tight when the dishes came up again 😤"}', 'shared', '2024-11-02T18:12:00.000Z', '2024-11-02T18:12:00.000Z'),
  ('e0000002-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'reflection', 'what-i-own', '{"text":"I went quiet instead of saying I felt dismissed. Café talk, naïve of me."}', 'private', '2024-11-02T18:40:00.000Z', '2024-11-02T18:41:00.000Z'),
  ('e0000003-0000-4000-8000-000000000003', '33333333-3333-4333-8333-333333333333', NULL, 're-engage', 'agreements', '{"text":"We check in before plans change. 👩‍❤️‍👨 שלום"}', 'shared', '2024-11-02T19:30:00.000Z', '2024-11-02T19:30:00.000Z'),
  ('e0000004-0000-4000-8000-000000000004', '55555555-5555-4555-8555-555555555555', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', 'acknowledge', 'ask-for-need', '{"needs":["solitude"],"text":"A walk alone first."}', 'private', '2024-11-06T07:35:00.000Z', '2024-11-06T07:35:00.000Z');
INSERT INTO entries_fts(rowid, body) SELECT seq, json_extract(payload, '$.text') FROM entries;
INSERT INTO drafts(id, session_id, partner_id, step, card, payload, visibility, updated_at) VALUES
  ('d0000001-0000-4000-8000-000000000001', '44444444-4444-4444-8444-444444444444', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', 'acknowledge', 'give-it-voice', '{"text":"I need a little time bef"}', 'shared', '2024-11-05T20:14:59.000Z');
INSERT INTO check_ins(id, session_id, partner_id, step, moment, level, state, payload, created_at) VALUES
  ('c0000001-0000-4000-8000-000000000001', '33333333-3333-4333-8333-333333333333', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'stabilize', 'before', 8, 'racing', '{"emotions":["angry","hurt"],"note":"jaw clenched"}', '2024-11-02T18:20:00.000Z'),
  ('c0000002-0000-4000-8000-000000000002', '33333333-3333-4333-8333-333333333333', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'stabilize', 'after', 4, 'steady', '{"emotions":["tired"]}', '2024-11-02T18:30:00.000Z');
INSERT INTO commitments(id, couple_id, session_id, partner_id, status, payload, follow_up_at, reviewed_at, created_at, updated_at) VALUES
  ('f0000001-0000-4000-8000-000000000001', '11111111-1111-4111-8111-111111111111', '33333333-3333-4333-8333-333333333333', NULL, 'open', '{"text":"Say when plans change, the same day."}', '2024-11-09T18:00:00.000Z', NULL, '2024-11-02T19:35:00.000Z', '2024-11-02T19:35:00.000Z');
PRAGMA application_id = 1413828164;
PRAGMA user_version = 1;
