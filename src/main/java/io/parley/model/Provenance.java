package io.parley.model;

import java.util.List;
import java.util.Map;

/**
 * Where a model came from: enough to retrain it bit for bit and to know what licences bind it. Trainers make it with
 * {@link ProvenanceBuilder}.
 *
 * @param task          extraction, abuse or stance
 * @param name          model name, stored with every classification
 * @param version       model version (a date-based tag or the data hash), stored with every classification
 * @param trainedAt     ISO-8601 instant
 * @param codeCommit    git commit of the training code
 * @param seed          the random seed used for shuffles, splits and initialisation
 * @param params        hyper-parameters and feature settings
 * @param data          data files used, by path relative to the repo, with their sha256
 * @param licences      licences or terms of the data sets the model was trained on
 * @param trainingSeconds wall time of training
 */
public record Provenance(String task, String name, String version, String trainedAt, String codeCommit, long seed,
                         Map<String, Object> params, Map<String, String> data, List<String> licences,
                         double trainingSeconds) {
}
