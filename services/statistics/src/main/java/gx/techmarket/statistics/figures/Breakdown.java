package gx.techmarket.statistics.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of listings or challenges broken down by one dimension.
 *
 * @param dimension the breakdown ({@code by})
 * @param kind      the listings' kind ({@code RESULT}, {@code DEMAND}), {@code null} for both or for challenges
 * @param from      first day covered
 * @param to        last day covered
 * @param region    the sub-market covered
 * @param rows      one per key
 * @param total     all of them (its average over every event)
 */
public record Breakdown<R>(String dimension, String kind, LocalDate from, LocalDate to, String region, List<R> rows,
        R total) {}
