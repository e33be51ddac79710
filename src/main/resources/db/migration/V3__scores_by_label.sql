-- Scores are keyed by label in one jsonb object instead of six fixed columns: the labels come from the served
-- model's file, so a model with another label set is stored without a schema change. A score the model could not
-- produce (NaN in a real column) becomes a JSON null (jsonb has no NaN); a null column (label not scored) is left out.
ALTER TABLE classifications ADD COLUMN scores jsonb NOT NULL DEFAULT '{}';

UPDATE classifications k SET scores = coalesce((
    SELECT jsonb_object_agg(s.label, CASE WHEN s.score = 'NaN'::real THEN NULL ELSE to_jsonb(s.score) END ORDER BY s.n)
    FROM (VALUES (1, 'toxicity', k.toxicity), (2, 'severe_toxicity', k.severe_toxicity), (3, 'insult', k.insult),
                 (4, 'threat', k.threat), (5, 'obscene', k.obscene), (6, 'identity_attack', k.identity_attack))
         AS s(n, label, score)
    WHERE s.score IS NOT NULL), '{}');

ALTER TABLE classifications DROP COLUMN toxicity, DROP COLUMN severe_toxicity, DROP COLUMN insult,
    DROP COLUMN threat, DROP COLUMN obscene, DROP COLUMN identity_attack;
