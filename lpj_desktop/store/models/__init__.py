"""All tables of the local store. Import from here so every model is registered on Base."""

from lpj_desktop.store.base import Base, SyncedRecord
from lpj_desktop.store.models.attachment import Attachment, AttachmentUpload
from lpj_desktop.store.models.campaign import Campaign, CampaignTarget
from lpj_desktop.store.models.company import Company, Contact, RegisterChange
from lpj_desktop.store.models.followup import FollowUp
from lpj_desktop.store.models.goal import Goal
from lpj_desktop.store.models.handover import Handover
from lpj_desktop.store.models.letters import LetterSender, LetterTemplate
from lpj_desktop.store.models.local import LocalProfile, OutboxMutation, SyncConflict, SyncStateEntry
from lpj_desktop.store.models.staff import ApprenticeCount, SavedFilter
from lpj_desktop.store.models.tallies import CompanyTally, HunterDayTally, OfferTally
from lpj_desktop.store.models.user import User
from lpj_desktop.store.models.visit import Event, Note, Visit

__all__ = [
    "Base", "SyncedRecord", "ApprenticeCount", "Attachment", "AttachmentUpload", "Campaign",
    "CampaignTarget", "Company", "CompanyTally", "Contact", "Event", "FollowUp", "SavedFilter", "Goal",
    "Handover", "HunterDayTally", "LetterSender", "LetterTemplate", "LocalProfile", "Note", "OfferTally",
    "OutboxMutation", "RegisterChange", "SyncConflict", "SyncStateEntry", "User", "Visit",
]
