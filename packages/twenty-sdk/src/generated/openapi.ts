// Generated from openapi/twenty.openapi.yaml by openapi-typescript. Do not edit by hand.
// Describes: twenty-server v1.x (REST behaviour as of the server code read on 2026-11-24: depth 0|1, limit default 60 / max 200)
// Regenerate with: npx -y pnpm@10 generate
/* eslint-disable */
export interface paths {
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List people
         * @description One page of people. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyPeople"];
        put?: never;
        /**
         * Create a person
         * @description Creates one person. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOnePerson"];
        /**
         * Delete the people a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyPeople"];
        options?: never;
        head?: never;
        /**
         * Update the people a filter matches
         * @description Applies the same changes to every person the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyPeople"];
        trace?: never;
    };
    "/batch/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many people
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a person */
        get: operations["findOnePerson"];
        put?: never;
        post?: never;
        /**
         * Delete a person
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOnePerson"];
        options?: never;
        head?: never;
        /**
         * Update a person
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOnePerson"];
        trace?: never;
    };
    "/people/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate people
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findPersonDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Merge duplicate people
         * @description Keeps the person at `conflictPriorityIndex` in `ids`, fills its empty fields from the others (where
         *     several records have a value, the priority record's wins; emails, phones and links gather the others'
         *     into their additional lists), points the records that referenced the others at it, and destroys the others
         *     (a hard delete: they are not in the trash). Unknown, soft-deleted or repeated ids give 404. Only objects with
         *     duplicate criteria (people and companies among the standard ones) can be merged. With `dryRun: true`
         *     nothing changes and the answer is a preview with a made-up `id` and a `deletedAt`.
         */
        patch: operations["mergeManyPeople"];
        trace?: never;
    };
    "/people/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted people a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/people` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyPeople"];
        trace?: never;
    };
    "/restore/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted people a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'people' is not a valid UUID`): use `PATCH /people/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyPeopleByPrefix"];
        trace?: never;
    };
    "/people/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted person
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOnePerson"];
        trace?: never;
    };
    "/restore/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted person (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /people/{id}/restore`.
         */
        patch: operations["restoreOnePersonByPrefix"];
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List companies
         * @description One page of companies. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyCompanies"];
        put?: never;
        /**
         * Create a company
         * @description Creates one company. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneCompany"];
        /**
         * Delete the companies a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyCompanies"];
        options?: never;
        head?: never;
        /**
         * Update the companies a filter matches
         * @description Applies the same changes to every company the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyCompanies"];
        trace?: never;
    };
    "/batch/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many companies
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a company */
        get: operations["findOneCompany"];
        put?: never;
        post?: never;
        /**
         * Delete a company
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneCompany"];
        options?: never;
        head?: never;
        /**
         * Update a company
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneCompany"];
        trace?: never;
    };
    "/companies/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate companies
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findCompanyDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Merge duplicate companies
         * @description Keeps the company at `conflictPriorityIndex` in `ids`, fills its empty fields from the others (where
         *     several records have a value, the priority record's wins; emails, phones and links gather the others'
         *     into their additional lists), points the records that referenced the others at it, and destroys the others
         *     (a hard delete: they are not in the trash). Unknown, soft-deleted or repeated ids give 404. Only objects with
         *     duplicate criteria (people and companies among the standard ones) can be merged. With `dryRun: true`
         *     nothing changes and the answer is a preview with a made-up `id` and a `deletedAt`.
         */
        patch: operations["mergeManyCompanies"];
        trace?: never;
    };
    "/companies/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted companies a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/companies` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyCompanies"];
        trace?: never;
    };
    "/restore/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted companies a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'companies' is not a valid UUID`): use `PATCH /companies/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyCompaniesByPrefix"];
        trace?: never;
    };
    "/companies/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted company
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneCompany"];
        trace?: never;
    };
    "/restore/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted company (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /companies/{id}/restore`.
         */
        patch: operations["restoreOneCompanyByPrefix"];
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List opportunities
         * @description One page of opportunities. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyOpportunities"];
        put?: never;
        /**
         * Create a opportunity
         * @description Creates one opportunity. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneOpportunity"];
        /**
         * Delete the opportunities a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyOpportunities"];
        options?: never;
        head?: never;
        /**
         * Update the opportunities a filter matches
         * @description Applies the same changes to every opportunity the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyOpportunities"];
        trace?: never;
    };
    "/batch/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many opportunities
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a opportunity */
        get: operations["findOneOpportunity"];
        put?: never;
        post?: never;
        /**
         * Delete a opportunity
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneOpportunity"];
        options?: never;
        head?: never;
        /**
         * Update a opportunity
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneOpportunity"];
        trace?: never;
    };
    "/opportunities/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate opportunities
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findOpportunityDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted opportunities a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/opportunities` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyOpportunities"];
        trace?: never;
    };
    "/restore/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted opportunities a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'opportunities' is not a valid UUID`): use `PATCH /opportunities/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyOpportunitiesByPrefix"];
        trace?: never;
    };
    "/opportunities/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted opportunity
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneOpportunity"];
        trace?: never;
    };
    "/restore/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted opportunity (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /opportunities/{id}/restore`.
         */
        patch: operations["restoreOneOpportunityByPrefix"];
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description One page of tasks. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyTasks"];
        put?: never;
        /**
         * Create a task
         * @description Creates one task. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneTask"];
        /**
         * Delete the tasks a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyTasks"];
        options?: never;
        head?: never;
        /**
         * Update the tasks a filter matches
         * @description Applies the same changes to every task the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyTasks"];
        trace?: never;
    };
    "/batch/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many tasks
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a task */
        get: operations["findOneTask"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneTask"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneTask"];
        trace?: never;
    };
    "/tasks/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate tasks
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findTaskDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted tasks a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/tasks` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyTasks"];
        trace?: never;
    };
    "/restore/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted tasks a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'tasks' is not a valid UUID`): use `PATCH /tasks/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyTasksByPrefix"];
        trace?: never;
    };
    "/tasks/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted task
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneTask"];
        trace?: never;
    };
    "/restore/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted task (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /tasks/{id}/restore`.
         */
        patch: operations["restoreOneTaskByPrefix"];
        trace?: never;
    };
    "/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notes
         * @description One page of notes. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyNotes"];
        put?: never;
        /**
         * Create a note
         * @description Creates one note. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneNote"];
        /**
         * Delete the notes a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyNotes"];
        options?: never;
        head?: never;
        /**
         * Update the notes a filter matches
         * @description Applies the same changes to every note the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyNotes"];
        trace?: never;
    };
    "/batch/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many notes
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyNotes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a note */
        get: operations["findOneNote"];
        put?: never;
        post?: never;
        /**
         * Delete a note
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneNote"];
        options?: never;
        head?: never;
        /**
         * Update a note
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneNote"];
        trace?: never;
    };
    "/notes/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate notes
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findNoteDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted notes a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/notes` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyNotes"];
        trace?: never;
    };
    "/restore/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted notes a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'notes' is not a valid UUID`): use `PATCH /notes/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyNotesByPrefix"];
        trace?: never;
    };
    "/notes/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted note
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneNote"];
        trace?: never;
    };
    "/restore/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted note (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /notes/{id}/restore`.
         */
        patch: operations["restoreOneNoteByPrefix"];
        trace?: never;
    };
    "/noteTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List noteTargets
         * @description One page of noteTargets. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyNoteTargets"];
        put?: never;
        /**
         * Create a noteTarget
         * @description Creates one noteTarget. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneNoteTarget"];
        /**
         * Delete the note targets a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyNoteTargets"];
        options?: never;
        head?: never;
        /**
         * Update the note targets a filter matches
         * @description Applies the same changes to every note target the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyNoteTargets"];
        trace?: never;
    };
    "/batch/noteTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many noteTargets
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyNoteTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/noteTargets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a noteTarget */
        get: operations["findOneNoteTarget"];
        put?: never;
        post?: never;
        /**
         * Delete a noteTarget
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneNoteTarget"];
        options?: never;
        head?: never;
        /**
         * Update a noteTarget
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneNoteTarget"];
        trace?: never;
    };
    "/noteTargets/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate noteTargets
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findNoteTargetDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/noteTargets/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted note targets a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/noteTargets` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyNoteTargets"];
        trace?: never;
    };
    "/restore/noteTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted note targets a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'noteTargets' is not a valid UUID`): use `PATCH /noteTargets/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyNoteTargetsByPrefix"];
        trace?: never;
    };
    "/noteTargets/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted noteTarget
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneNoteTarget"];
        trace?: never;
    };
    "/restore/noteTargets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted noteTarget (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /noteTargets/{id}/restore`.
         */
        patch: operations["restoreOneNoteTargetByPrefix"];
        trace?: never;
    };
    "/taskTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List taskTargets
         * @description One page of taskTargets. Follow `pageInfo.endCursor` with `starting_after` while `hasNextPage` is true; the page size is the server's choice.
         */
        get: operations["findManyTaskTargets"];
        put?: never;
        /**
         * Create a taskTarget
         * @description Creates one taskTarget. With `upsert=true`, a record matching on a unique field (or the id) is updated instead.
         */
        post: operations["createOneTaskTarget"];
        /**
         * Delete the task targets a filter matches
         * @description Without `soft_delete=true` this is a **hard delete** (destroy) of every match, soft-deleted ones
         *     included; with it, every match is soft-deleted and can be restored, and a match already in the trash gets
         *     a new `deletedAt`. Neither needs the filter to name `deletedAt` to reach trashed records. Without a filter the server answers
         *     400 `Filters are mandatory for bulk delete operations. …` (`… bulk destroy operations. …` for a destroy).
         */
        delete: operations["deleteManyTaskTargets"];
        options?: never;
        head?: never;
        /**
         * Update the task targets a filter matches
         * @description Applies the same changes to every task target the filter matches and returns them. The server
         *     refuses a match larger than its page maximum (`Cannot update more than 200 records at once`), and its UPDATE
         *     adds no soft-delete condition, so trashed records may match unless the filter says `deletedAt[is]:NULL`.
         *     Send a filter: a request without one reaches Twenty's update as an empty filter, which matches every record.
         */
        patch: operations["updateManyTaskTargets"];
        trace?: never;
    };
    "/batch/taskTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create many taskTargets
         * @description Creates the records of a JSON array, all or nothing. The server refuses more than `QUERY_MAX_RECORDS` records
         *     (200 in the version described, 10,000 in others) with 400 `Maximum number of records to upsert is 200.`
         *     (common-create-many-query-runner.service.ts); Twenty's docs advise batches of 60.
         */
        post: operations["createManyTaskTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskTargets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /** Get a taskTarget */
        get: operations["findOneTaskTarget"];
        put?: never;
        post?: never;
        /**
         * Delete a taskTarget
         * @description Without `soft_delete=true` this is a **hard delete** (destroy): the record is gone for good. With it, the record is soft-deleted and can be restored (one already in the trash gets a new `deletedAt`).
         */
        delete: operations["deleteOneTaskTarget"];
        options?: never;
        head?: never;
        /**
         * Update a taskTarget
         * @description Twenty also accepts PUT here (undocumented). A soft-deleted record is updated too and stays in the trash.
         */
        patch: operations["updateOneTaskTarget"];
        trace?: never;
    };
    "/taskTargets/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find duplicate taskTargets
         * @description With `data`, one result per input record, in input order. With `ids`, one result per id that names an
         *     existing record, in the database's order: unknown ids are left out silently and a repeated id counts once,
         *     so match results to ids through the records, not by position. Each result lists at most `QUERY_MAX_RECORDS`
         *     duplicates and its `pageInfo` never has a next or previous page. Sending both `data` and `ids`, neither, or an
         *     empty `data` gives 400 (common-find-duplicates-query-runner.service.ts).
         */
        post: operations["findTaskTargetDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/taskTargets/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted task targets a filter matches
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud); older releases serve
         *     `PATCH /restore/taskTargets` and answer this one with 400 `'restore' is not a valid UUID`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyTaskTargets"];
        trace?: never;
    };
    "/restore/taskTargets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore the soft-deleted task targets a filter matches (Twenty before August 2026)
         * @deprecated
         * @description The restore route of releases before twentyhq/twenty#24544 (August 2026). Later releases do not
         *     route it (400 `'taskTargets' is not a valid UUID`): use `PATCH /taskTargets/restore`.
         *     Restores every match and returns it. Records that were not deleted match too, and come back unchanged.
         *     Send a filter: a request without one reaches Twenty as an empty filter.
         */
        patch: operations["restoreManyTaskTargetsByPrefix"];
        trace?: never;
    };
    "/taskTargets/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted taskTarget
         * @description The route since twentyhq/twenty#24544 (August 2026, Twenty Cloud). Older releases answer it with 400
         *     `Query path '…' invalid`; the SDK's `restore(id)` then falls back to the route they serve.
         */
        patch: operations["restoreOneTaskTarget"];
        trace?: never;
    };
    "/restore/taskTargets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Restore a soft-deleted taskTarget (July–August 2026 releases)
         * @deprecated
         * @description The restore route of the July–August 2026 releases only. Releases before July 2026 refuse it
         *     (400 `Query path '…' invalid`, twentyhq/twenty#23034), and releases since twentyhq/twenty#24544
         *     (August 2026) refuse it the same way: use `PATCH /taskTargets/{id}/restore`.
         */
        patch: operations["restoreOneTaskTargetByPrefix"];
        trace?: never;
    };
    "/metadata/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description A bare array (no envelope). The key's role needs the API keys and webhooks permission.
         */
        get: operations["findManyWebhooks"];
        put?: never;
        /**
         * Create a webhook
         * @description Returns the bare entity, secret included. Without a secret (or with null) the server generates one, 64 hex characters; an empty secret makes deliveries unsigned.
         */
        post: operations["createOneWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metadata/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook
         * @description The bare entity, or null when there is none.
         */
        get: operations["findOneWebhook"];
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["deleteOneWebhook"];
        options?: never;
        head?: never;
        /** Update a webhook */
        patch: operations["updateOneWebhook"];
        trace?: never;
    };
}
export interface webhooks {
    "Person Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.created
         * @description Sent once per person created. `record` is the state after the change.
         */
        post: operations["webhookPersonCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Person Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.updated
         * @description Sent once per person updated. `record` is the state after the change.
         */
        post: operations["webhookPersonUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Person Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.deleted
         * @description Sent once per person deleted. `record` is the state before the delete.
         */
        post: operations["webhookPersonDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Person Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.destroyed
         * @description Sent once per person destroyed. `record` is the state before the delete.
         */
        post: operations["webhookPersonDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Person Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * person.restored
         * @description Sent once per person restored. `record` is the state after the change.
         */
        post: operations["webhookPersonRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Company Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.created
         * @description Sent once per company created. `record` is the state after the change.
         */
        post: operations["webhookCompanyCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Company Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.updated
         * @description Sent once per company updated. `record` is the state after the change.
         */
        post: operations["webhookCompanyUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Company Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.deleted
         * @description Sent once per company deleted. `record` is the state before the delete.
         */
        post: operations["webhookCompanyDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Company Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.destroyed
         * @description Sent once per company destroyed. `record` is the state before the delete.
         */
        post: operations["webhookCompanyDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Company Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * company.restored
         * @description Sent once per company restored. `record` is the state after the change.
         */
        post: operations["webhookCompanyRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Opportunity Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opportunity.created
         * @description Sent once per opportunity created. `record` is the state after the change.
         */
        post: operations["webhookOpportunityCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Opportunity Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opportunity.updated
         * @description Sent once per opportunity updated. `record` is the state after the change.
         */
        post: operations["webhookOpportunityUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Opportunity Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opportunity.deleted
         * @description Sent once per opportunity deleted. `record` is the state before the delete.
         */
        post: operations["webhookOpportunityDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Opportunity Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opportunity.destroyed
         * @description Sent once per opportunity destroyed. `record` is the state before the delete.
         */
        post: operations["webhookOpportunityDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Opportunity Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * opportunity.restored
         * @description Sent once per opportunity restored. `record` is the state after the change.
         */
        post: operations["webhookOpportunityRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.created
         * @description Sent once per task created. `record` is the state after the change.
         */
        post: operations["webhookTaskCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.updated
         * @description Sent once per task updated. `record` is the state after the change.
         */
        post: operations["webhookTaskUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.deleted
         * @description Sent once per task deleted. `record` is the state before the delete.
         */
        post: operations["webhookTaskDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.destroyed
         * @description Sent once per task destroyed. `record` is the state before the delete.
         */
        post: operations["webhookTaskDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * task.restored
         * @description Sent once per task restored. `record` is the state after the change.
         */
        post: operations["webhookTaskRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note.created
         * @description Sent once per note created. `record` is the state after the change.
         */
        post: operations["webhookNoteCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note.updated
         * @description Sent once per note updated. `record` is the state after the change.
         */
        post: operations["webhookNoteUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note.deleted
         * @description Sent once per note deleted. `record` is the state before the delete.
         */
        post: operations["webhookNoteDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note.destroyed
         * @description Sent once per note destroyed. `record` is the state before the delete.
         */
        post: operations["webhookNoteDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * note.restored
         * @description Sent once per note restored. `record` is the state after the change.
         */
        post: operations["webhookNoteRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Target Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * noteTarget.created
         * @description Sent once per noteTarget created. `record` is the state after the change.
         */
        post: operations["webhookNoteTargetCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Target Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * noteTarget.updated
         * @description Sent once per noteTarget updated. `record` is the state after the change.
         */
        post: operations["webhookNoteTargetUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Target Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * noteTarget.deleted
         * @description Sent once per noteTarget deleted. `record` is the state before the delete.
         */
        post: operations["webhookNoteTargetDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Target Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * noteTarget.destroyed
         * @description Sent once per noteTarget destroyed. `record` is the state before the delete.
         */
        post: operations["webhookNoteTargetDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Note Target Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * noteTarget.restored
         * @description Sent once per noteTarget restored. `record` is the state after the change.
         */
        post: operations["webhookNoteTargetRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Target Created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * taskTarget.created
         * @description Sent once per taskTarget created. `record` is the state after the change.
         */
        post: operations["webhookTaskTargetCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Target Updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * taskTarget.updated
         * @description Sent once per taskTarget updated. `record` is the state after the change.
         */
        post: operations["webhookTaskTargetUpdated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Target Deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * taskTarget.deleted
         * @description Sent once per taskTarget deleted. `record` is the state before the delete.
         */
        post: operations["webhookTaskTargetDeleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Target Destroyed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * taskTarget.destroyed
         * @description Sent once per taskTarget destroyed. `record` is the state before the delete.
         */
        post: operations["webhookTaskTargetDestroyed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "Task Target Restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * taskTarget.restored
         * @description Sent once per taskTarget restored. `record` is the state after the change.
         */
        post: operations["webhookTaskTargetRestored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Every REST error. Twenty's own examples sometimes show a singular `message`; accept both. */
        ErrorResponse: {
            statusCode: number;
            /** @description The exception name (`BadRequestException`, …) or a code such as `UNAUTHENTICATED`. */
            error: string;
            messages: string[];
            /** @description Present for custom exceptions. */
            code?: string;
        };
        PageInfo: {
            /**
             * @description Always sent; true only when paging forward and more records follow, so it is false on a page read with
             *     `ending_before` (rest-api-find-many.handler.ts, formatPaginatedResult).
             */
            hasNextPage: boolean;
            /** @description Present only when paging backward with `ending_before` and more records precede. */
            hasPreviousPage?: boolean;
            /** @description Cursor of the first record of the page; null when the page is empty. */
            startCursor: string | null;
            /** @description Cursor of the last record of the page; null when the page is empty. */
            endCursor: string | null;
        };
        FullName: {
            firstName?: string;
            lastName?: string;
        };
        /** @description A FULL_NAME as written; a null sub-field clears it (read back as ''). */
        FullNameInput: {
            firstName?: string | null;
            lastName?: string | null;
        };
        Emails: {
            /** @description Unique across people of the workspace. */
            primaryEmail?: string;
            additionalEmails?: string[] | null;
        };
        /** @description An EMAILS field as written; a null sub-field clears it. */
        EmailsInput: {
            /** @description Unique across people of the workspace. */
            primaryEmail?: string | null;
            additionalEmails?: string[] | null;
        };
        AdditionalPhone: {
            number: string;
            countryCode: string;
            callingCode: string;
        };
        /** @description Twenty stores the national number, the ISO country and the calling code separately. */
        Phones: {
            /** @example 912345678 */
            primaryPhoneNumber?: string;
            /** @example VN */
            primaryPhoneCountryCode?: string;
            /** @example +84 */
            primaryPhoneCallingCode?: string;
            /** @description Objects, although Twenty's generated document says strings. */
            additionalPhones?: components["schemas"]["AdditionalPhone"][] | null;
        };
        /** @description A PHONES field as written; a null sub-field clears it. */
        PhonesInput: {
            /** @example 912345678 */
            primaryPhoneNumber?: string | null;
            /** @example VN */
            primaryPhoneCountryCode?: string | null;
            /** @example +84 */
            primaryPhoneCallingCode?: string | null;
            additionalPhones?: components["schemas"]["AdditionalPhone"][] | null;
        };
        LinkItem: {
            url: string;
            label: string;
        };
        Links: {
            primaryLinkUrl?: string;
            primaryLinkLabel?: string;
            secondaryLinks?: components["schemas"]["LinkItem"][] | null;
        };
        /** @description A LINKS field as written; a null sub-field clears it. */
        LinksInput: {
            primaryLinkUrl?: string | null;
            primaryLinkLabel?: string | null;
            secondaryLinks?: components["schemas"]["LinkItem"][] | null;
        };
        Currency: {
            /** @description The amount × 1,000,000, an integer (NUMERIC); e.g. 19.99 USD is 19990000. */
            amountMicros?: number | null;
            /** @description ISO 4217 code. */
            currencyCode?: string | null;
        };
        Address: {
            addressStreet1?: string;
            addressStreet2?: string;
            addressCity?: string;
            addressState?: string;
            addressPostcode?: string;
            addressCountry?: string;
            addressLat?: number | null;
            addressLng?: number | null;
        };
        /** @description An ADDRESS field as written; a null text sub-field clears it (read back as ''). */
        AddressInput: {
            addressStreet1?: string | null;
            addressStreet2?: string | null;
            addressCity?: string | null;
            addressState?: string | null;
            addressPostcode?: string | null;
            addressCountry?: string | null;
            addressLat?: number | null;
            addressLng?: number | null;
        };
        /** @enum {string} */
        ActorSource: "EMAIL" | "CALENDAR" | "WORKFLOW" | "AGENT" | "API" | "IMPORT" | "MANUAL" | "SYSTEM" | "WEBHOOK";
        Actor: {
            source?: components["schemas"]["ActorSource"];
            /** Format: uuid */
            workspaceMemberId?: string | null;
            name?: string;
            context?: Record<string, never>;
        };
        RichTextV2: {
            blocknote?: string | null;
            markdown?: string | null;
        };
        /**
         * @description The standard options; there is no WON or LOST (won is CUSTOMER).
         * @enum {string}
         */
        OpportunityStage: "NEW" | "SCREENING" | "MEETING" | "PROPOSAL" | "CUSTOMER";
        /** @enum {string} */
        TaskStatus: "TODO" | "IN_PROGRESS" | "DONE";
        Webhook: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            targetUrl: string;
            /**
             * @description `object.action`, `*.action`, `object.*` or `*.*` (no other wildcard forms match).
             * @example [
             *       "person.created",
             *       "opportunity.*"
             *     ]
             */
            operations: string[];
            description?: string | null;
            /** @description The signing key; deliveries are signed only when it is non-empty. */
            secret?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            deletedAt?: string | null;
        };
        WebhookForCreate: {
            /**
             * Format: uri
             * @description Must be http or https.
             */
            targetUrl: string;
            /**
             * @default [
             *       "*.*"
             *     ]
             */
            operations?: string[];
            description?: string;
            /** @description Stored as given, an empty one included (deliveries are then unsigned). Left out or null, the server generates 32 random bytes in hex. */
            secret?: string;
        };
        WebhookForUpdate: {
            /** Format: uri */
            targetUrl?: string;
            operations?: string[];
            description?: string;
            secret?: string;
        };
        /**
         * @description One delivery: one POST per record event, 5 s timeout, no retry, no per-delivery event id (de-duplicate on
         *     webhookId, record.id, eventName and eventDate). Twenty's docs page shows `{event, data, timestamp}`,
         *     which the server does not send.
         */
        WebhookEventPayload: {
            targetUrl: string;
            /**
             * @description `<nameSingular>.<action>`, actions created, updated, deleted (soft), destroyed (hard), restored.
             * @example person.created
             */
            eventName: string;
            objectMetadata: {
                id: string;
                nameSingular: string;
            };
            workspaceId: string;
            webhookId: string;
            /**
             * Format: date-time
             * @description Identical for every event of one batch of changes.
             */
            eventDate: string;
            /** @description The record after the change; before it, for deletes. */
            record: Record<string, never>;
            /** @description On updates, the names of the changed fields. Previous values are not sent. */
            updatedFields?: string[];
            userId?: string;
            workspaceMemberId?: string;
        };
        /**
         * @description A contact: a person with a name, emails, phones and links, usually working at a company. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "name": {
         *         "firstName": "Linh",
         *         "lastName": "Nguyen"
         *       },
         *       "emails": {
         *         "primaryEmail": "linh.nguyen@saigoncoffee.example",
         *         "additionalEmails": []
         *       },
         *       "phones": {
         *         "primaryPhoneNumber": "912345678",
         *         "primaryPhoneCountryCode": "VN",
         *         "primaryPhoneCallingCode": "+84",
         *         "additionalPhones": []
         *       },
         *       "jobTitle": "Head of Sales",
         *       "city": "Ho Chi Minh City"
         *     }
         */
        Person: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description First and last name. Null is accepted and leaves the field as it is. */
            name?: components["schemas"]["FullNameInput"] | null;
            /** @description Emails; the primary email is unique in the workspace. Null is accepted and leaves the field as it is. */
            emails?: components["schemas"]["EmailsInput"] | null;
            /** @description LinkedIn profile. Null is accepted and leaves the field as it is. */
            linkedinLink?: components["schemas"]["LinksInput"] | null;
            /** @description X (Twitter) profile. Null is accepted and leaves the field as it is. */
            xLink?: components["schemas"]["LinksInput"] | null;
            /** @description Job title; null clears it (Twenty reads it back as ''). */
            jobTitle?: string | null;
            /** @description Phone numbers. Null is accepted and leaves the field as it is. */
            phones?: components["schemas"]["PhonesInput"] | null;
            /** @description City; null clears it (Twenty reads it back as ''). */
            city?: string | null;
            /** @description Avatar image URL; null clears it (Twenty reads it back as ''). */
            avatarUrl?: string | null;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The company this person works at (MANY_TO_ONE). */
            companyId?: string | null;
        };
        /** @description Fields to change on a person; fields left out keep their values. */
        PersonForUpdate: {
            /** @description First and last name. Null is accepted and leaves the field as it is. */
            name?: components["schemas"]["FullNameInput"] | null;
            /** @description Emails; the primary email is unique in the workspace. Null is accepted and leaves the field as it is. */
            emails?: components["schemas"]["EmailsInput"] | null;
            /** @description LinkedIn profile. Null is accepted and leaves the field as it is. */
            linkedinLink?: components["schemas"]["LinksInput"] | null;
            /** @description X (Twitter) profile. Null is accepted and leaves the field as it is. */
            xLink?: components["schemas"]["LinksInput"] | null;
            /** @description Job title; null clears it (Twenty reads it back as ''). */
            jobTitle?: string | null;
            /** @description Phone numbers. Null is accepted and leaves the field as it is. */
            phones?: components["schemas"]["PhonesInput"] | null;
            /** @description City; null clears it (Twenty reads it back as ''). */
            city?: string | null;
            /** @description Avatar image URL; null clears it (Twenty reads it back as ''). */
            avatarUrl?: string | null;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The company this person works at (MANY_TO_ONE). */
            companyId?: string | null;
        };
        /** @description A person as Twenty returns it. Fields the API key's role may not read are omitted. */
        PersonForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description First and last name. */
            name?: components["schemas"]["FullName"];
            /** @description Emails; the primary email is unique in the workspace. */
            emails?: components["schemas"]["Emails"];
            /** @description LinkedIn profile. */
            linkedinLink?: components["schemas"]["Links"];
            /** @description X (Twitter) profile. */
            xLink?: components["schemas"]["Links"];
            /** @description Job title. */
            jobTitle?: string;
            /** @description Phone numbers. */
            phones?: components["schemas"]["Phones"];
            /** @description City. */
            city?: string;
            /** @description Avatar image URL. */
            avatarUrl?: string;
            /** @description Ordering position in views. */
            position?: number;
            /** @description The company this person works at (MANY_TO_ONE). */
            companyId?: string | null;
            /** @description Embedded at depth=1 only. */
            company?: components["schemas"]["CompanyForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            pointOfContactForOpportunities?: components["schemas"]["OpportunityForResponse"][];
            /** @description Embedded at depth=1 only. */
            taskTargets?: components["schemas"]["TaskTargetForResponse"][];
            /** @description Embedded at depth=1 only. */
            noteTargets?: components["schemas"]["NoteTargetForResponse"][];
        };
        /**
         * @description An organisation: a customer, prospect or partner. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "name": "Saigon Coffee Roasters",
         *       "domainName": {
         *         "primaryLinkUrl": "https://saigoncoffee.example",
         *         "primaryLinkLabel": "",
         *         "secondaryLinks": []
         *       },
         *       "employees": 42,
         *       "address": {
         *         "addressCity": "Ho Chi Minh City",
         *         "addressCountry": "Vietnam",
         *         "addressPostcode": "700000"
         *       }
         *     }
         */
        Company: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description Company name; null clears it (Twenty reads it back as ''). */
            name?: string | null;
            /** @description Website; the primary link URL is unique in the workspace. Null is accepted and leaves the field as it is. */
            domainName?: components["schemas"]["LinksInput"] | null;
            /** @description Number of employees. */
            employees?: number | null;
            /** @description LinkedIn page. Null is accepted and leaves the field as it is. */
            linkedinLink?: components["schemas"]["LinksInput"] | null;
            /** @description X (Twitter) account. Null is accepted and leaves the field as it is. */
            xLink?: components["schemas"]["LinksInput"] | null;
            /** @description Annual recurring revenue, in micros. Null is accepted and leaves the field as it is. */
            annualRecurringRevenue?: components["schemas"]["Currency"] | null;
            /** @description Postal address. Null is accepted and leaves the field as it is. */
            address?: components["schemas"]["AddressInput"] | null;
            /** @description Whether the company fits the ideal customer profile. */
            idealCustomerProfile?: boolean;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The workspace member who owns the account. */
            accountOwnerId?: string | null;
        };
        /** @description Fields to change on a company; fields left out keep their values. */
        CompanyForUpdate: {
            /** @description Company name; null clears it (Twenty reads it back as ''). */
            name?: string | null;
            /** @description Website; the primary link URL is unique in the workspace. Null is accepted and leaves the field as it is. */
            domainName?: components["schemas"]["LinksInput"] | null;
            /** @description Number of employees. */
            employees?: number | null;
            /** @description LinkedIn page. Null is accepted and leaves the field as it is. */
            linkedinLink?: components["schemas"]["LinksInput"] | null;
            /** @description X (Twitter) account. Null is accepted and leaves the field as it is. */
            xLink?: components["schemas"]["LinksInput"] | null;
            /** @description Annual recurring revenue, in micros. Null is accepted and leaves the field as it is. */
            annualRecurringRevenue?: components["schemas"]["Currency"] | null;
            /** @description Postal address. Null is accepted and leaves the field as it is. */
            address?: components["schemas"]["AddressInput"] | null;
            /** @description Whether the company fits the ideal customer profile. */
            idealCustomerProfile?: boolean;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The workspace member who owns the account. */
            accountOwnerId?: string | null;
        };
        /** @description A company as Twenty returns it. Fields the API key's role may not read are omitted. */
        CompanyForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description Company name. */
            name?: string;
            /** @description Website; the primary link URL is unique in the workspace. */
            domainName?: components["schemas"]["Links"];
            /** @description Number of employees. */
            employees?: number | null;
            /** @description LinkedIn page. */
            linkedinLink?: components["schemas"]["Links"];
            /** @description X (Twitter) account. */
            xLink?: components["schemas"]["Links"];
            /** @description Annual recurring revenue, in micros. */
            annualRecurringRevenue?: components["schemas"]["Currency"];
            /** @description Postal address. */
            address?: components["schemas"]["Address"];
            /** @description Whether the company fits the ideal customer profile. */
            idealCustomerProfile?: boolean;
            /** @description Ordering position in views. */
            position?: number;
            /** @description The workspace member who owns the account. */
            accountOwnerId?: string | null;
            /** @description Embedded at depth=1 only. */
            people?: components["schemas"]["PersonForResponse"][];
            /** @description Embedded at depth=1 only. */
            opportunities?: components["schemas"]["OpportunityForResponse"][];
            /** @description Embedded at depth=1 only. */
            taskTargets?: components["schemas"]["TaskTargetForResponse"][];
            /** @description Embedded at depth=1 only. */
            noteTargets?: components["schemas"]["NoteTargetForResponse"][];
        };
        /**
         * @description A deal. Twenty has no WON or LOST stage: won means `CUSTOMER` (or a workspace-specific option). Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "name": "Wholesale contract 2027",
         *       "amount": {
         *         "amountMicros": 250000000000000,
         *         "currencyCode": "VND"
         *       },
         *       "stage": "PROPOSAL",
         *       "closeDate": "2027-01-15T00:00:00.000Z"
         *     }
         */
        Opportunity: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description Deal name; null clears it (Twenty reads it back as ''). */
            name?: string | null;
            /** @description Deal amount, in micros (amount × 1,000,000). Null is accepted and leaves the field as it is. */
            amount?: components["schemas"]["Currency"] | null;
            /** @description Expected or actual close date. */
            closeDate?: string | null;
            /** @description Pipeline stage (default NEW). */
            stage?: components["schemas"]["OpportunityStage"];
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The person to talk to (MANY_TO_ONE person). */
            pointOfContactId?: string | null;
            /** @description The company (MANY_TO_ONE). */
            companyId?: string | null;
        };
        /** @description Fields to change on a opportunity; fields left out keep their values. */
        OpportunityForUpdate: {
            /** @description Deal name; null clears it (Twenty reads it back as ''). */
            name?: string | null;
            /** @description Deal amount, in micros (amount × 1,000,000). Null is accepted and leaves the field as it is. */
            amount?: components["schemas"]["Currency"] | null;
            /** @description Expected or actual close date. */
            closeDate?: string | null;
            /** @description Pipeline stage (default NEW). */
            stage?: components["schemas"]["OpportunityStage"];
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The person to talk to (MANY_TO_ONE person). */
            pointOfContactId?: string | null;
            /** @description The company (MANY_TO_ONE). */
            companyId?: string | null;
        };
        /** @description A opportunity as Twenty returns it. Fields the API key's role may not read are omitted. */
        OpportunityForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description Deal name. */
            name?: string;
            /** @description Deal amount, in micros (amount × 1,000,000). */
            amount?: components["schemas"]["Currency"];
            /** @description Expected or actual close date. */
            closeDate?: string | null;
            /** @description Pipeline stage (default NEW). */
            stage?: components["schemas"]["OpportunityStage"];
            /** @description Ordering position in views. */
            position?: number;
            /** @description The person to talk to (MANY_TO_ONE person). */
            pointOfContactId?: string | null;
            /** @description The company (MANY_TO_ONE). */
            companyId?: string | null;
            /** @description Embedded at depth=1 only. */
            company?: components["schemas"]["CompanyForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            pointOfContact?: components["schemas"]["PersonForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            taskTargets?: components["schemas"]["TaskTargetForResponse"][];
            /** @description Embedded at depth=1 only. */
            noteTargets?: components["schemas"]["NoteTargetForResponse"][];
        };
        /**
         * @description A to-do. Link it to people, companies or opportunities with task targets. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "title": "Call back about the wholesale contract",
         *       "status": "TODO",
         *       "dueAt": "2026-12-01T09:00:00.000Z"
         *     }
         */
        Task: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description Title; null clears it (Twenty reads it back as ''). */
            title?: string | null;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Due date. */
            dueAt?: string | null;
            /** @description Status (default TODO). */
            status?: components["schemas"]["TaskStatus"] | null;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The workspace member assigned to the task. */
            assigneeId?: string | null;
        };
        /** @description Fields to change on a task; fields left out keep their values. */
        TaskForUpdate: {
            /** @description Title; null clears it (Twenty reads it back as ''). */
            title?: string | null;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Due date. */
            dueAt?: string | null;
            /** @description Status (default TODO). */
            status?: components["schemas"]["TaskStatus"] | null;
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
            /** @description The workspace member assigned to the task. */
            assigneeId?: string | null;
        };
        /** @description A task as Twenty returns it. Fields the API key's role may not read are omitted. */
        TaskForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description Title. */
            title?: string;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Due date. */
            dueAt?: string | null;
            /** @description Status (default TODO). */
            status?: components["schemas"]["TaskStatus"] | null;
            /** @description Ordering position in views. */
            position?: number;
            /** @description The workspace member assigned to the task. */
            assigneeId?: string | null;
            /** @description Embedded at depth=1 only. */
            taskTargets?: components["schemas"]["TaskTargetForResponse"][];
        };
        /**
         * @description A note. Link it to people, companies or opportunities with note targets. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "title": "Kick-off meeting",
         *       "bodyV2": {
         *         "markdown": "# Agenda\n- pricing\n- delivery",
         *         "blocknote": null
         *       }
         *     }
         */
        Note: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description Title; null clears it (Twenty reads it back as ''). */
            title?: string | null;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
        };
        /** @description Fields to change on a note; fields left out keep their values. */
        NoteForUpdate: {
            /** @description Title; null clears it (Twenty reads it back as ''). */
            title?: string | null;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Ordering position in views; 'first' or 'last' puts the record before or after every other. A create without one goes first. Not null. */
            position?: number | ("first" | "last");
        };
        /** @description A note as Twenty returns it. Fields the API key's role may not read are omitted. */
        NoteForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description Title. */
            title?: string;
            /** @description Body as BlockNote JSON and/or Markdown. */
            bodyV2?: components["schemas"]["RichTextV2"];
            /** @description Ordering position in views. */
            position?: number;
            /** @description Embedded at depth=1 only. */
            noteTargets?: components["schemas"]["NoteTargetForResponse"][];
        };
        /**
         * @description Links one note to one person, company or opportunity. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "noteId": "7c4e0c9e-3b1f-4f0a-9a5e-2d6b1c8f4e21",
         *       "companyId": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"
         *     }
         */
        NoteTarget: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description The note. */
            noteId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
        };
        /** @description Fields to change on a noteTarget; fields left out keep their values. */
        NoteTargetForUpdate: {
            /** @description The note. */
            noteId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
        };
        /** @description A noteTarget as Twenty returns it. Fields the API key's role may not read are omitted. */
        NoteTargetForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description The note. */
            noteId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
            /** @description Embedded at depth=1 only. */
            note?: components["schemas"]["NoteForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            person?: components["schemas"]["PersonForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            company?: components["schemas"]["CompanyForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            opportunity?: components["schemas"]["OpportunityForResponse"] | null;
        };
        /**
         * @description Links one task to one person, company or opportunity. Body of a create: every field is optional, Twenty fills defaults. Custom fields are accepted too.
         * @example {
         *       "taskId": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
         *       "personId": "3f1c9a52-8e0b-4f6e-9a51-2d4c5b6a7e81"
         *     }
         */
        TaskTarget: {
            /**
             * Format: uuid
             * @description Optional id to create the record with; an id that exists already gives 400 "Record already exists".
             */
            id?: string;
            /** @description The task. */
            taskId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
        };
        /** @description Fields to change on a taskTarget; fields left out keep their values. */
        TaskTargetForUpdate: {
            /** @description The task. */
            taskId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
        };
        /** @description A taskTarget as Twenty returns it. Fields the API key's role may not read are omitted. */
        TaskTargetForResponse: {
            /**
             * Format: uuid
             * @description Record id.
             */
            id: string;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record was last updated.
             */
            updatedAt: string;
            /** @description When the record was soft-deleted; null while it is live. */
            deletedAt: string | null;
            /** @description Who created it; `source` is `API` for writes made with an API key. */
            createdBy?: components["schemas"]["Actor"];
            /** @description Who last updated it. */
            updatedBy?: components["schemas"]["Actor"];
            /** @description The task. */
            taskId?: string | null;
            /** @description The linked person. */
            personId?: string | null;
            /** @description The linked company. */
            companyId?: string | null;
            /** @description The linked opportunity. */
            opportunityId?: string | null;
            /** @description Embedded at depth=1 only. */
            task?: components["schemas"]["TaskForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            person?: components["schemas"]["PersonForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            company?: components["schemas"]["CompanyForResponse"] | null;
            /** @description Embedded at depth=1 only. */
            opportunity?: components["schemas"]["OpportunityForResponse"] | null;
        };
    };
    responses: {
        /** @description Invalid input, filter, cursor, limit or depth; also a duplicate id (`Record already exists`, not 409). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "error": "BadRequestException",
                 *       "messages": [
                 *         "limit 'abc' is invalid. Should be an integer"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token is invalid, garbled or expired. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "error": "UNAUTHENTICATED",
                 *       "messages": [
                 *         "Token invalid."
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No token at all, or the key's role may not do this. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "error": "FORBIDDEN_EXCEPTION",
                 *       "messages": [
                 *         "Missing authentication token"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description No record with this id. Older Twenty versions answer 400 `BadRequestException` with the same
         *     `Record not found` message (common-query-runner-to-rest-api-exception-handler.util.ts), so treat that
         *     message as not-found whatever the status.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "error": "NotFoundException",
                 *       "messages": [
                 *         "Record not found"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The workspace's token bucket is empty (defaults: 100 requests per second and 100 per minute per
         *     workspace; Twenty Cloud is stricter). Twenty sends **no Retry-After and no rate-limit headers**: back off
         *     with jittered exponential delays.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 429,
                 *       "error": "HttpException",
                 *       "messages": [
                 *         "Limit reached (100 tokens per 60000 ms)"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description Record id. */
        idPath: string;
        /**
         * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
         *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
         *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
         *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
         */
        limit: number;
        /**
         * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
         *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
         *     silently ignored here.
         */
        startingAfter: string;
        /** @description `pageInfo.startCursor` of the next page, to page backward. */
        endingBefore: string;
        /**
         * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
         *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
         *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
         *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
         *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
         *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
         *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
         *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
         *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
         */
        filter: string;
        /**
         * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
         *     without it is refused with 400, and an update or restore without it changes every record.
         * @example status[eq]:TODO
         */
        bulkFilter: string;
        /**
         * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
         *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
         *     sub-field (e.g. `name`), gives 400.
         * @example createdAt[DescNullsLast]
         */
        orderBy: string;
        /**
         * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
         *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
         *     with default 1.
         */
        depth: 0 | 1;
        /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
        softDelete: boolean;
        /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
        upsert: boolean;
        /**
         * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
         *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
         *     webhook has a non-empty secret.
         */
        webhookSignature: string;
        /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
        webhookTimestamp: string;
        /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
        webhookNonce: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    findManyPeople: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            people: components["schemas"]["PersonForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOnePerson: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Person"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createPerson: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyPeople: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deletePeople: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyPeople: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updatePeople: components["schemas"]["PersonForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyPeople: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Person"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createPeople: components["schemas"]["PersonForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOnePerson: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            person: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOnePerson: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deletePerson: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOnePerson: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updatePerson: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findPersonDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["Person"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            personDuplicates: components["schemas"]["PersonForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    mergeManyPeople: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Two to nine distinct record ids (`MUTATION_MAX_MERGE_RECORDS` is 9). */
                    ids: string[];
                    /** @description Index in `ids` of the record that is kept and wins conflicts. */
                    conflictPriorityIndex: number;
                    /** @default false */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description The merged record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            mergePerson: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyPeople: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restorePeople: components["schemas"]["PersonForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyPeopleByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restorePeople: components["schemas"]["PersonForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOnePerson: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restorePerson: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOnePersonByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restorePerson: components["schemas"]["PersonForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyCompanies: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            companies: components["schemas"]["CompanyForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneCompany: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Company"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createCompany: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyCompanies: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteCompanies: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyCompanies: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateCompanies: components["schemas"]["CompanyForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyCompanies: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Company"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createCompanies: components["schemas"]["CompanyForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneCompany: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            company: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneCompany: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteCompany: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneCompany: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateCompany: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findCompanyDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["Company"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            companyDuplicates: components["schemas"]["CompanyForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    mergeManyCompanies: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Two to nine distinct record ids (`MUTATION_MAX_MERGE_RECORDS` is 9). */
                    ids: string[];
                    /** @description Index in `ids` of the record that is kept and wins conflicts. */
                    conflictPriorityIndex: number;
                    /** @default false */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description The merged record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            mergeCompany: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyCompanies: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreCompanies: components["schemas"]["CompanyForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyCompaniesByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreCompanies: components["schemas"]["CompanyForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneCompany: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreCompany: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneCompanyByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreCompany: components["schemas"]["CompanyForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyOpportunities: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            opportunities: components["schemas"]["OpportunityForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneOpportunity: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Opportunity"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createOpportunity: components["schemas"]["OpportunityForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyOpportunities: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteOpportunities: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyOpportunities: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateOpportunities: components["schemas"]["OpportunityForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyOpportunities: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Opportunity"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createOpportunities: components["schemas"]["OpportunityForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneOpportunity: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            opportunity: components["schemas"]["OpportunityForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneOpportunity: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteOpportunity: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneOpportunity: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunityForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateOpportunity: components["schemas"]["OpportunityForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOpportunityDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["Opportunity"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            opportunityDuplicates: components["schemas"]["OpportunityForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyOpportunities: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreOpportunities: components["schemas"]["OpportunityForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyOpportunitiesByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreOpportunities: components["schemas"]["OpportunityForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneOpportunity: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreOpportunity: components["schemas"]["OpportunityForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneOpportunityByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreOpportunity: components["schemas"]["OpportunityForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyTasks: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            tasks: components["schemas"]["TaskForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneTask: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Task"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createTask: components["schemas"]["TaskForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyTasks: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteTasks: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyTasks: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateTasks: components["schemas"]["TaskForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyTasks: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Task"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createTasks: components["schemas"]["TaskForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneTask: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            task: components["schemas"]["TaskForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneTask: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteTask: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneTask: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateTask: components["schemas"]["TaskForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findTaskDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["Task"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            taskDuplicates: components["schemas"]["TaskForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyTasks: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTasks: components["schemas"]["TaskForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyTasksByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTasks: components["schemas"]["TaskForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneTask: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTask: components["schemas"]["TaskForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneTaskByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTask: components["schemas"]["TaskForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyNotes: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            notes: components["schemas"]["NoteForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneNote: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createNote: components["schemas"]["NoteForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyNotes: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteNotes: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyNotes: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateNotes: components["schemas"]["NoteForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyNotes: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Note"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createNotes: components["schemas"]["NoteForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneNote: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            note: components["schemas"]["NoteForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneNote: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteNote: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneNote: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateNote: components["schemas"]["NoteForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findNoteDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["Note"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            noteDuplicates: components["schemas"]["NoteForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyNotes: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNotes: components["schemas"]["NoteForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyNotesByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNotes: components["schemas"]["NoteForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneNote: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNote: components["schemas"]["NoteForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneNoteByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNote: components["schemas"]["NoteForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyNoteTargets: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            noteTargets: components["schemas"]["NoteTargetForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneNoteTarget: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTarget"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createNoteTarget: components["schemas"]["NoteTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyNoteTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteNoteTargets: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyNoteTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTargetForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateNoteTargets: components["schemas"]["NoteTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyNoteTargets: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTarget"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createNoteTargets: components["schemas"]["NoteTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneNoteTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            noteTarget: components["schemas"]["NoteTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneNoteTarget: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteNoteTarget: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneNoteTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteTargetForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateNoteTarget: components["schemas"]["NoteTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findNoteTargetDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["NoteTarget"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            noteTargetDuplicates: components["schemas"]["NoteTargetForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyNoteTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNoteTargets: components["schemas"]["NoteTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyNoteTargetsByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNoteTargets: components["schemas"]["NoteTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneNoteTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNoteTarget: components["schemas"]["NoteTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneNoteTargetByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreNoteTarget: components["schemas"]["NoteTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyTaskTargets: {
        parameters: {
            query?: {
                /**
                 * @description `field[comparator]:value`, comma-separated (AND), with `and(...)`, `or(...)` and `not(...)` (exactly one
                 *     condition) nesting. Composite sub-fields use dots: `emails.primaryEmail[eq]:"a@b.co"`.
                 *     Comparators: eq, neq, in, containsAny, is, gt, gte, lt, lte, startsWith, endsWith, like, ilike
                 *     (`%` wildcard). `field[is]:NULL` / `field[is]:NOT_NULL`; arrays `id[in]:["uuid1","uuid2"]`.
                 *     `like`, `ilike`, `startsWith` and `endsWith` apply to text fields and text sub-fields (`name.firstName`,
                 *     `emails.primaryEmail`, `phones.primaryPhoneNumber`, `linkedinLink.primaryLinkUrl`, …); a select, number,
                 *     date, boolean, id or relation id (`companyId`) refuses them with 400 `Operator "ilike" is not valid for
                 *     field …`. Without a filter naming `deletedAt`, lists leave out soft-deleted records.
                 *     Strings and dates may be quoted with `"` or `'` (no escapes). A malformed filter gives 400.
                 */
                filter?: components["parameters"]["filter"];
                /**
                 * @description `field1,field2[Direction]` with directions AscNullsFirst (default), AscNullsLast, DescNullsFirst,
                 *     DescNullsLast. `id` is always appended as a tiebreaker. A bad direction, or a composite field without a
                 *     sub-field (e.g. `name`), gives 400.
                 * @example createdAt[DescNullsLast]
                 */
                order_by?: components["parameters"]["orderBy"];
                /**
                 * @description Records per page (an integer ≥ 0). Larger values are capped **silently** at the server's maximum
                 *     (`QUERY_MAX_RECORDS`: 200 in some versions, 10,000 in others); when absent the server's default applies
                 *     (60 or 1,000 depending on the version). Never assume a page size: follow `pageInfo`.
                 *     A non-integer or negative value gives 400 `limit 'x' is invalid. Should be an integer`.
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description `pageInfo.endCursor` of the previous page. Cursors are opaque strings that encode the sort key; they
                 *     are not record ids. A malformed cursor gives 400 `Invalid cursor`. The GraphQL name `after` is
                 *     silently ignored here.
                 */
                starting_after?: components["parameters"]["startingAfter"];
                /** @description `pageInfo.startCursor` of the next page, to page backward. */
                ending_before?: components["parameters"]["endingBefore"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            taskTargets: components["schemas"]["TaskTargetForResponse"][];
                        };
                        pageInfo: components["schemas"]["PageInfo"];
                        /** @description Records matching the filter, across all pages. */
                        totalCount: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOneTaskTarget: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTarget"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createTaskTarget: components["schemas"]["TaskTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteManyTaskTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the deleted records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteTaskTargets: {
                                /** Format: uuid */
                                id: string;
                            }[];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyTaskTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTargetForUpdate"];
            };
        };
        responses: {
            /** @description The updated records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateTaskTargets: components["schemas"]["TaskTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createManyTaskTargets: {
        parameters: {
            query?: {
                /** @description `true` updates the record matching on a unique field (e.g. a person's primary email, a company's domain) or on the id, instead of creating a duplicate. */
                upsert?: components["parameters"]["upsert"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTarget"][];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            createTaskTargets: components["schemas"]["TaskTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findOneTaskTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            taskTarget: components["schemas"]["TaskTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteOneTaskTarget: {
        parameters: {
            query?: {
                /** @description `true` soft-deletes (recoverable with restore). Any other value, or none, destroys the record. */
                soft_delete?: components["parameters"]["softDelete"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            deleteTaskTarget: {
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateOneTaskTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskTargetForUpdate"];
            };
        };
        responses: {
            /** @description The updated record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            updateTaskTarget: components["schemas"]["TaskTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findTaskTargetDuplicates: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: components["schemas"]["TaskTarget"][];
                } | {
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Duplicates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            taskTargetDuplicates: components["schemas"]["TaskTargetForResponse"][];
                            totalCount: number;
                            pageInfo: components["schemas"]["PageInfo"];
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyTaskTargets: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTaskTargets: components["schemas"]["TaskTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreManyTaskTargetsByPrefix: {
        parameters: {
            query: {
                /**
                 * @description Which records the write changes, in the syntax of `filter` on lists. Required in practice: a delete
                 *     without it is refused with 400, and an update or restore without it changes every record.
                 * @example status[eq]:TODO
                 */
                filter: components["parameters"]["bulkFilter"];
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTaskTargets: components["schemas"]["TaskTargetForResponse"][];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneTaskTarget: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTaskTarget: components["schemas"]["TaskTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    restoreOneTaskTargetByPrefix: {
        parameters: {
            query?: {
                /**
                 * @description 0 returns only foreign keys (`companyId`); 1 embeds related records (`company`). The REST parser accepts
                 *     only 0 and 1 (2 gives 400) and defaults to 0, although Twenty's generated document advertises [0,1,2]
                 *     with default 1.
                 */
                depth?: components["parameters"]["depth"];
            };
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The restored record */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            restoreTaskTarget: components["schemas"]["TaskTargetForResponse"];
                        };
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    findManyWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Webhooks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createOneWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookForCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    findOneWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook or null */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"] | null;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    deleteOneWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description `true` when deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": boolean;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateOneWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Record id. */
                id: components["parameters"]["idPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookForUpdate"];
            };
        };
        responses: {
            /** @description The updated webhook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    webhookPersonCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "person.created";
                    record?: components["schemas"]["PersonForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPersonUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "person.updated";
                    record?: components["schemas"]["PersonForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPersonDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "person.deleted";
                    record?: components["schemas"]["PersonForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPersonDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "person.destroyed";
                    record?: components["schemas"]["PersonForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPersonRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "person.restored";
                    record?: components["schemas"]["PersonForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCompanyCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "company.created";
                    record?: components["schemas"]["CompanyForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCompanyUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "company.updated";
                    record?: components["schemas"]["CompanyForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCompanyDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "company.deleted";
                    record?: components["schemas"]["CompanyForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCompanyDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "company.destroyed";
                    record?: components["schemas"]["CompanyForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookCompanyRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "company.restored";
                    record?: components["schemas"]["CompanyForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOpportunityCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "opportunity.created";
                    record?: components["schemas"]["OpportunityForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOpportunityUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "opportunity.updated";
                    record?: components["schemas"]["OpportunityForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOpportunityDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "opportunity.deleted";
                    record?: components["schemas"]["OpportunityForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOpportunityDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "opportunity.destroyed";
                    record?: components["schemas"]["OpportunityForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookOpportunityRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "opportunity.restored";
                    record?: components["schemas"]["OpportunityForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "task.created";
                    record?: components["schemas"]["TaskForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "task.updated";
                    record?: components["schemas"]["TaskForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "task.deleted";
                    record?: components["schemas"]["TaskForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "task.destroyed";
                    record?: components["schemas"]["TaskForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "task.restored";
                    record?: components["schemas"]["TaskForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "note.created";
                    record?: components["schemas"]["NoteForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "note.updated";
                    record?: components["schemas"]["NoteForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "note.deleted";
                    record?: components["schemas"]["NoteForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "note.destroyed";
                    record?: components["schemas"]["NoteForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "note.restored";
                    record?: components["schemas"]["NoteForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteTargetCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "noteTarget.created";
                    record?: components["schemas"]["NoteTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteTargetUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "noteTarget.updated";
                    record?: components["schemas"]["NoteTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteTargetDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "noteTarget.deleted";
                    record?: components["schemas"]["NoteTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteTargetDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "noteTarget.destroyed";
                    record?: components["schemas"]["NoteTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNoteTargetRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "noteTarget.restored";
                    record?: components["schemas"]["NoteTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskTargetCreated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "taskTarget.created";
                    record?: components["schemas"]["TaskTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskTargetUpdated: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "taskTarget.updated";
                    record?: components["schemas"]["TaskTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskTargetDeleted: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "taskTarget.deleted";
                    record?: components["schemas"]["TaskTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskTargetDestroyed: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "taskTarget.destroyed";
                    record?: components["schemas"]["TaskTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookTaskTargetRestored: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Hex HMAC-SHA256, keyed with the webhook's secret, of `${timestamp}:${rawBody}` where `timestamp` is the
                 *     X-Twenty-Webhook-Timestamp value and `rawBody` the exact bytes of this request's body. Sent only when the
                 *     webhook has a non-empty secret.
                 */
                "X-Twenty-Webhook-Signature"?: components["parameters"]["webhookSignature"];
                /** @description `Date.now()` at sending, in **milliseconds**, as a string. Sent with the signature. */
                "X-Twenty-Webhook-Timestamp"?: components["parameters"]["webhookTimestamp"];
                /** @description 16 random bytes, hex; new on every delivery and unrelated to the event (there is no event id). */
                "X-Twenty-Webhook-Nonce"?: components["parameters"]["webhookNonce"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEventPayload"] & {
                    /** @constant */
                    eventName?: "taskTarget.restored";
                    record?: components["schemas"]["TaskTargetForResponse"];
                };
            };
        };
        responses: {
            /** @description Any 2xx acknowledges; Twenty does not retry failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
