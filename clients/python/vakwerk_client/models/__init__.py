"""Contains all the data models used in inputs/outputs"""

from .absence_create import AbsenceCreate
from .absence_read import AbsenceRead
from .agenda_item_read import AgendaItemRead
from .agenda_write import AgendaWrite
from .answer_read import AnswerRead
from .answer_read_answer import AnswerReadAnswer
from .answer_read_sources_item import AnswerReadSourcesItem
from .answer_write import AnswerWrite
from .answer_write_answer import AnswerWriteAnswer
from .answer_write_sources_item import AnswerWriteSourcesItem
from .api_client_create import ApiClientCreate
from .api_client_create_scopes_item import ApiClientCreateScopesItem
from .api_client_created import ApiClientCreated
from .api_client_created_scopes_item import ApiClientCreatedScopesItem
from .api_client_read import ApiClientRead
from .api_client_read_scopes_item import ApiClientReadScopesItem
from .assessment_create import AssessmentCreate
from .assessment_read import AssessmentRead
from .assessment_read_outcome import AssessmentReadOutcome
from .assessment_read_outcomeexplanation import AssessmentReadOutcomeexplanation
from .assessment_read_reviewdecision import AssessmentReadReviewdecision
from .assessment_read_status import AssessmentReadStatus
from .assessment_summary import AssessmentSummary
from .assessment_summary_outcome import AssessmentSummaryOutcome
from .assessment_summary_reviewdecision import AssessmentSummaryReviewdecision
from .assessment_summary_status import AssessmentSummaryStatus
from .assessment_update import AssessmentUpdate
from .attention_counts import AttentionCounts
from .attention_row import AttentionRow
from .attention_row_duereason import AttentionRowDuereason
from .attention_row_ground import AttentionRowGround
from .audit_event_read import AuditEventRead
from .audit_event_read_actortype import AuditEventReadActortype
from .audit_event_read_changes import AuditEventReadChanges
from .audit_page import AuditPage
from .benchmark_figure import BenchmarkFigure
from .benchmark_read import BenchmarkRead
from .benchmark_write import BenchmarkWrite
from .body_create_token import BodyCreateToken
from .body_create_token_grant_type import BodyCreateTokenGrantType
from .body_import_caseload import BodyImportCaseload
from .body_read_caseload_columns import BodyReadCaseloadColumns
from .calendar_feed_read import CalendarFeedRead
from .calendar_feeds import CalendarFeeds
from .case_create import CaseCreate
from .case_create_gender import CaseCreateGender
from .case_create_kind import CaseCreateKind
from .case_read import CaseRead
from .case_read_allowed_next_states_item import CaseReadAllowedNextStatesItem
from .case_read_gender import CaseReadGender
from .case_read_kind import CaseReadKind
from .case_read_status import CaseReadStatus
from .case_summary import CaseSummary
from .case_summary_kind import CaseSummaryKind
from .case_summary_outcomeresult import CaseSummaryOutcomeresult
from .case_summary_status import CaseSummaryStatus
from .case_update import CaseUpdate
from .case_update_gender import CaseUpdateGender
from .case_update_kind import CaseUpdateKind
from .characteristic import Characteristic
from .characteristic_read import CharacteristicRead
from .characteristic_read_trend import CharacteristicReadTrend
from .characteristic_trend import CharacteristicTrend
from .choice import Choice
from .client_create import ClientCreate
from .client_read import ClientRead
from .client_summary import ClientSummary
from .client_summary_exemptionground import ClientSummaryExemptionground
from .client_update import ClientUpdate
from .client_upsert import ClientUpsert
from .column_mapping import ColumnMapping
from .completion import Completion
from .completion_write import CompletionWrite
from .consultation import Consultation
from .consultation_read import ConsultationRead
from .count_create import CountCreate
from .count_read import CountRead
from .count_update import CountUpdate
from .diagnosis_item import DiagnosisItem
from .diagnosis_item_element import DiagnosisItemElement
from .diagnosis_item_read import DiagnosisItemRead
from .diagnosis_item_read_element import DiagnosisItemReadElement
from .diagnosis_read import DiagnosisRead
from .diagnosis_write import DiagnosisWrite
from .dilemma_create import DilemmaCreate
from .dilemma_read import DilemmaRead
from .dilemma_results import DilemmaResults
from .discussed_with_client import DiscussedWithClient
from .discussed_with_client_read import DiscussedWithClientRead
from .exemption_create import ExemptionCreate
from .exemption_create_ground import ExemptionCreateGround
from .exemption_dashboard import ExemptionDashboard
from .exemption_dashboard_interval import ExemptionDashboardInterval
from .exemption_end import ExemptionEnd
from .exemption_end_body import ExemptionEndBody
from .exemption_read import ExemptionRead
from .exemption_read_ground import ExemptionReadGround
from .exemption_read_status import ExemptionReadStatus
from .external_ref import ExternalRef
from .file_columns import FileColumns
from .file_columns_format import FileColumnsFormat
from .get_assessment_stats_groupby import GetAssessmentStatsGroupby
from .get_exemption_dashboard_interval import GetExemptionDashboardInterval
from .ground_count import GroundCount
from .ground_count_ground import GroundCountGround
from .handover import Handover
from .handover_characteristic import HandoverCharacteristic
from .handover_characteristic_trend import HandoverCharacteristicTrend
from .handover_outcome import HandoverOutcome
from .handover_outcomeexplanation import HandoverOutcomeexplanation
from .handover_question import HandoverQuestion
from .handover_question_answer import HandoverQuestionAnswer
from .handover_question_sources_item import HandoverQuestionSourcesItem
from .handover_read import HandoverRead
from .handover_read_role import HandoverReadRole
from .handover_reviewdecision import HandoverReviewdecision
from .handover_write import HandoverWrite
from .handover_write_role import HandoverWriteRole
from .handovers import Handovers
from .health import Health
from .health_database import HealthDatabase
from .health_status import HealthStatus
from .import_read import ImportRead
from .import_read_actortype import ImportReadActortype
from .import_read_format import ImportReadFormat
from .import_read_status import ImportReadStatus
from .import_summary import ImportSummary
from .import_summary_actortype import ImportSummaryActortype
from .import_summary_format import ImportSummaryFormat
from .import_summary_status import ImportSummaryStatus
from .invalid_param import InvalidParam
from .list_assessments_outcome import ListAssessmentsOutcome
from .list_assessments_reviewdecision import ListAssessmentsReviewdecision
from .list_assessments_status import ListAssessmentsStatus
from .list_attention_list import ListAttentionList
from .list_attention_sort import ListAttentionSort
from .list_audit_events_actortype import ListAuditEventsActortype
from .list_cases_kind import ListCasesKind
from .list_cases_status import ListCasesStatus
from .list_clients_exemptionground import ListClientsExemptionground
from .list_clients_exemptionstatus import ListClientsExemptionstatus
from .list_conference_sessions_status import ListConferenceSessionsStatus
from .list_standpoints_status import ListStandpointsStatus
from .list_teams_kind import ListTeamsKind
from .list_users_role import ListUsersRole
from .manual_count import ManualCount
from .mapping_read import MappingRead
from .mapping_suggestion import MappingSuggestion
from .me_read import MeRead
from .me_read_grants import MeReadGrants
from .me_read_grants_additional_property_item import MeReadGrantsAdditionalPropertyItem
from .me_read_roles_item import MeReadRolesItem
from .member_read import MemberRead
from .member_write import MemberWrite
from .minutes_item import MinutesItem
from .minutes_item_read import MinutesItemRead
from .minutes_read import MinutesRead
from .minutes_write import MinutesWrite
from .my_work import MyWork
from .new_benefits import NewBenefits
from .organisation_create import OrganisationCreate
from .organisation_read import OrganisationRead
from .outcome_read import OutcomeRead
from .outcome_read_result import OutcomeReadResult
from .outcome_rule import OutcomeRule
from .outcome_rule_outcomes import OutcomeRuleOutcomes
from .outcome_write import OutcomeWrite
from .outcome_write_result import OutcomeWriteResult
from .outcomes import Outcomes
from .page_absence_read import PageAbsenceRead
from .page_api_client_read import PageApiClientRead
from .page_assessment_summary import PageAssessmentSummary
from .page_attention_row import PageAttentionRow
from .page_benchmark_read import PageBenchmarkRead
from .page_case_summary import PageCaseSummary
from .page_client_summary import PageClientSummary
from .page_count_read import PageCountRead
from .page_dilemma_read import PageDilemmaRead
from .page_exemption_read import PageExemptionRead
from .page_import_summary import PageImportSummary
from .page_member_read import PageMemberRead
from .page_organisation_read import PageOrganisationRead
from .page_phrase_read import PagePhraseRead
from .page_series_read import PageSeriesRead
from .page_session_read import PageSessionRead
from .page_standpoint_read import PageStandpointRead
from .page_status_change import PageStatusChange
from .page_team_read import PageTeamRead
from .page_tree_version_summary import PageTreeVersionSummary
from .page_user_read import PageUserRead
from .phrase_create import PhraseCreate
from .phrase_read import PhraseRead
from .problem import Problem
from .question import Question
from .refusal_read import RefusalRead
from .refusals import Refusals
from .review_create import ReviewCreate
from .review_create_decision import ReviewCreateDecision
from .review_create_remarks import ReviewCreateRemarks
from .review_read import ReviewRead
from .review_read_decision import ReviewReadDecision
from .review_read_remarks import ReviewReadRemarks
from .reviews import Reviews
from .role_count_read import RoleCountRead
from .rotation_item_read import RotationItemRead
from .rotation_item_read_role import RotationItemReadRole
from .rotation_read import RotationRead
from .series_create import SeriesCreate
from .series_member_read import SeriesMemberRead
from .series_members import SeriesMembers
from .series_read import SeriesRead
from .series_update import SeriesUpdate
from .session_login import SessionLogin
from .session_read import SessionRead
from .session_read_format import SessionReadFormat
from .session_read_status import SessionReadStatus
from .session_reply import SessionReply
from .session_update import SessionUpdate
from .session_update_status import SessionUpdateStatus
from .settings_read import SettingsRead
from .settings_read_argumentsrequired import SettingsReadArgumentsrequired
from .settings_update import SettingsUpdate
from .settings_update_argumentsrequired import SettingsUpdateArgumentsrequired
from .standpoint_create import StandpointCreate
from .standpoint_create_position import StandpointCreatePosition
from .standpoint_read import StandpointRead
from .standpoint_read_position import StandpointReadPosition
from .standpoint_read_status import StandpointReadStatus
from .stats import Stats
from .stats_row import StatsRow
from .status_change import StatusChange
from .status_change_fromstatus import StatusChangeFromstatus
from .status_change_tostatus import StatusChangeTostatus
from .team_create import TeamCreate
from .team_create_kind import TeamCreateKind
from .team_read import TeamRead
from .team_read_kind import TeamReadKind
from .team_update import TeamUpdate
from .team_update_kind import TeamUpdateKind
from .token_reply import TokenReply
from .tree_definition import TreeDefinition
from .tree_version_create import TreeVersionCreate
from .tree_version_read import TreeVersionRead
from .tree_version_summary import TreeVersionSummary
from .trend_point import TrendPoint
from .user_create import UserCreate
from .user_create_roles_item import UserCreateRolesItem
from .user_read import UserRead
from .user_read_roles_item import UserReadRolesItem
from .user_update import UserUpdate
from .user_update_roles_type_0_item import UserUpdateRolesType0Item
from .vote_receipt import VoteReceipt
from .vote_write import VoteWrite
from .vote_write_choice import VoteWriteChoice

__all__ = (
    "AbsenceCreate",
    "AbsenceRead",
    "AgendaItemRead",
    "AgendaWrite",
    "AnswerRead",
    "AnswerReadAnswer",
    "AnswerReadSourcesItem",
    "AnswerWrite",
    "AnswerWriteAnswer",
    "AnswerWriteSourcesItem",
    "ApiClientCreate",
    "ApiClientCreateScopesItem",
    "ApiClientCreated",
    "ApiClientCreatedScopesItem",
    "ApiClientRead",
    "ApiClientReadScopesItem",
    "AssessmentCreate",
    "AssessmentRead",
    "AssessmentReadOutcome",
    "AssessmentReadOutcomeexplanation",
    "AssessmentReadReviewdecision",
    "AssessmentReadStatus",
    "AssessmentSummary",
    "AssessmentSummaryOutcome",
    "AssessmentSummaryReviewdecision",
    "AssessmentSummaryStatus",
    "AssessmentUpdate",
    "AttentionCounts",
    "AttentionRow",
    "AttentionRowDuereason",
    "AttentionRowGround",
    "AuditEventRead",
    "AuditEventReadActortype",
    "AuditEventReadChanges",
    "AuditPage",
    "BenchmarkFigure",
    "BenchmarkRead",
    "BenchmarkWrite",
    "BodyCreateToken",
    "BodyCreateTokenGrantType",
    "BodyImportCaseload",
    "BodyReadCaseloadColumns",
    "CalendarFeedRead",
    "CalendarFeeds",
    "CaseCreate",
    "CaseCreateGender",
    "CaseCreateKind",
    "CaseRead",
    "CaseReadAllowedNextStatesItem",
    "CaseReadGender",
    "CaseReadKind",
    "CaseReadStatus",
    "CaseSummary",
    "CaseSummaryKind",
    "CaseSummaryOutcomeresult",
    "CaseSummaryStatus",
    "CaseUpdate",
    "CaseUpdateGender",
    "CaseUpdateKind",
    "Characteristic",
    "CharacteristicRead",
    "CharacteristicReadTrend",
    "CharacteristicTrend",
    "Choice",
    "ClientCreate",
    "ClientRead",
    "ClientSummary",
    "ClientSummaryExemptionground",
    "ClientUpdate",
    "ClientUpsert",
    "ColumnMapping",
    "Completion",
    "CompletionWrite",
    "Consultation",
    "ConsultationRead",
    "CountCreate",
    "CountRead",
    "CountUpdate",
    "DiagnosisItem",
    "DiagnosisItemElement",
    "DiagnosisItemRead",
    "DiagnosisItemReadElement",
    "DiagnosisRead",
    "DiagnosisWrite",
    "DilemmaCreate",
    "DilemmaRead",
    "DilemmaResults",
    "DiscussedWithClient",
    "DiscussedWithClientRead",
    "ExemptionCreate",
    "ExemptionCreateGround",
    "ExemptionDashboard",
    "ExemptionDashboardInterval",
    "ExemptionEnd",
    "ExemptionEndBody",
    "ExemptionRead",
    "ExemptionReadGround",
    "ExemptionReadStatus",
    "ExternalRef",
    "FileColumns",
    "FileColumnsFormat",
    "GetAssessmentStatsGroupby",
    "GetExemptionDashboardInterval",
    "GroundCount",
    "GroundCountGround",
    "Handover",
    "HandoverCharacteristic",
    "HandoverCharacteristicTrend",
    "HandoverOutcome",
    "HandoverOutcomeexplanation",
    "HandoverQuestion",
    "HandoverQuestionAnswer",
    "HandoverQuestionSourcesItem",
    "HandoverRead",
    "HandoverReadRole",
    "HandoverReviewdecision",
    "HandoverWrite",
    "HandoverWriteRole",
    "Handovers",
    "Health",
    "HealthDatabase",
    "HealthStatus",
    "ImportRead",
    "ImportReadActortype",
    "ImportReadFormat",
    "ImportReadStatus",
    "ImportSummary",
    "ImportSummaryActortype",
    "ImportSummaryFormat",
    "ImportSummaryStatus",
    "InvalidParam",
    "ListAssessmentsOutcome",
    "ListAssessmentsReviewdecision",
    "ListAssessmentsStatus",
    "ListAttentionList",
    "ListAttentionSort",
    "ListAuditEventsActortype",
    "ListCasesKind",
    "ListCasesStatus",
    "ListClientsExemptionground",
    "ListClientsExemptionstatus",
    "ListConferenceSessionsStatus",
    "ListStandpointsStatus",
    "ListTeamsKind",
    "ListUsersRole",
    "ManualCount",
    "MappingRead",
    "MappingSuggestion",
    "MeRead",
    "MeReadGrants",
    "MeReadGrantsAdditionalPropertyItem",
    "MeReadRolesItem",
    "MemberRead",
    "MemberWrite",
    "MinutesItem",
    "MinutesItemRead",
    "MinutesRead",
    "MinutesWrite",
    "MyWork",
    "NewBenefits",
    "OrganisationCreate",
    "OrganisationRead",
    "OutcomeRead",
    "OutcomeReadResult",
    "OutcomeRule",
    "OutcomeRuleOutcomes",
    "OutcomeWrite",
    "OutcomeWriteResult",
    "Outcomes",
    "PageAbsenceRead",
    "PageApiClientRead",
    "PageAssessmentSummary",
    "PageAttentionRow",
    "PageBenchmarkRead",
    "PageCaseSummary",
    "PageClientSummary",
    "PageCountRead",
    "PageDilemmaRead",
    "PageExemptionRead",
    "PageImportSummary",
    "PageMemberRead",
    "PageOrganisationRead",
    "PagePhraseRead",
    "PageSeriesRead",
    "PageSessionRead",
    "PageStandpointRead",
    "PageStatusChange",
    "PageTeamRead",
    "PageTreeVersionSummary",
    "PageUserRead",
    "PhraseCreate",
    "PhraseRead",
    "Problem",
    "Question",
    "RefusalRead",
    "Refusals",
    "ReviewCreate",
    "ReviewCreateDecision",
    "ReviewCreateRemarks",
    "ReviewRead",
    "ReviewReadDecision",
    "ReviewReadRemarks",
    "Reviews",
    "RoleCountRead",
    "RotationItemRead",
    "RotationItemReadRole",
    "RotationRead",
    "SeriesCreate",
    "SeriesMemberRead",
    "SeriesMembers",
    "SeriesRead",
    "SeriesUpdate",
    "SessionLogin",
    "SessionRead",
    "SessionReadFormat",
    "SessionReadStatus",
    "SessionReply",
    "SessionUpdate",
    "SessionUpdateStatus",
    "SettingsRead",
    "SettingsReadArgumentsrequired",
    "SettingsUpdate",
    "SettingsUpdateArgumentsrequired",
    "StandpointCreate",
    "StandpointCreatePosition",
    "StandpointRead",
    "StandpointReadPosition",
    "StandpointReadStatus",
    "Stats",
    "StatsRow",
    "StatusChange",
    "StatusChangeFromstatus",
    "StatusChangeTostatus",
    "TeamCreate",
    "TeamCreateKind",
    "TeamRead",
    "TeamReadKind",
    "TeamUpdate",
    "TeamUpdateKind",
    "TokenReply",
    "TreeDefinition",
    "TreeVersionCreate",
    "TreeVersionRead",
    "TreeVersionSummary",
    "TrendPoint",
    "UserCreate",
    "UserCreateRolesItem",
    "UserRead",
    "UserReadRolesItem",
    "UserUpdate",
    "UserUpdateRolesType0Item",
    "VoteReceipt",
    "VoteWrite",
    "VoteWriteChoice",
)
