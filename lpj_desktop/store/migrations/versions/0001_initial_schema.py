"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('app_user',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('team', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user'))
    )
    op.create_table('campaign',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('letters_sent', sa.Integer(), nullable=True),
    sa.Column('social_views', sa.Integer(), nullable=True),
    sa.Column('link_clicks', sa.Integer(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    op.create_table('company',
    sa.Column('orgnr', sa.String(length=9), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('legal_form', sa.String(length=10), nullable=True),
    sa.Column('industry_code', sa.String(length=10), nullable=True),
    sa.Column('industry_code_2', sa.String(length=10), nullable=True),
    sa.Column('industry_code_3', sa.String(length=10), nullable=True),
    sa.Column('employees', sa.Integer(), nullable=True),
    sa.Column('website', sa.String(length=300), nullable=True),
    sa.Column('register_phone', sa.String(length=40), nullable=True),
    sa.Column('register_email', sa.String(length=200), nullable=True),
    sa.Column('business_address', sa.String(length=300), nullable=True),
    sa.Column('business_postcode', sa.String(length=10), nullable=True),
    sa.Column('business_city', sa.String(length=100), nullable=True),
    sa.Column('postal_address', sa.String(length=300), nullable=True),
    sa.Column('postal_postcode', sa.String(length=10), nullable=True),
    sa.Column('postal_city', sa.String(length=100), nullable=True),
    sa.Column('municipality_number', sa.String(length=4), nullable=True),
    sa.Column('municipality_name', sa.String(length=100), nullable=True),
    sa.Column('county_number', sa.String(length=2), nullable=True),
    sa.Column('parent_orgnr', sa.String(length=9), nullable=True),
    sa.Column('is_subunit', sa.Boolean(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('bankrupt', sa.Boolean(), nullable=False),
    sa.Column('under_liquidation', sa.Boolean(), nullable=False),
    sa.Column('forced_dissolution', sa.Boolean(), nullable=False),
    sa.Column('deregistered_on', sa.Date(), nullable=True),
    sa.Column('register_hash', sa.String(length=32), nullable=True),
    sa.Column('register_refreshed_at', sa.DateTime(), nullable=True),
    sa.Column('lb_status', sa.String(length=32), nullable=False),
    sa.Column('approved_trades', sa.JSON(), nullable=False),
    sa.Column('interest_trades', sa.JSON(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('owner_id', sa.String(length=36), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('hunter_notes', sa.Text(), nullable=True),
    sa.Column('stage', sa.String(length=32), nullable=True),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company')),
    sa.UniqueConstraint('orgnr', name=op.f('uq_company_orgnr'))
    )
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_county_number'), ['county_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_industry_code'), ['industry_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_last_contact_at'), ['last_contact_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_lb_status'), ['lb_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_municipality_number'), ['municipality_number'], unique=False)
        batch_op.create_index('ix_company_name', ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_parent_orgnr'), ['parent_orgnr'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_stage'), ['stage'], unique=False)

    op.create_table('event',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('hunter_id', sa.String(length=36), nullable=False),
    sa.Column('municipality_number', sa.String(length=4), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_hunter_id'), ['hunter_id'], unique=False)

    op.create_table('goal',
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('visits', sa.Integer(), nullable=False),
    sa.Column('agreements', sa.Integer(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_subject'), ['subject'], unique=False)

    op.create_table('local_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.String(length=36), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('team', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('client_id', sa.String(length=36), nullable=False),
    sa.Column('server_url', sa.String(length=300), nullable=True),
    sa.Column('username', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_profile'))
    )
    op.create_table('outbox',
    sa.Column('mutation_id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('args', sa.JSON(), nullable=False),
    sa.Column('base_version', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('result', sa.JSON(), nullable=True),
    sa.Column('error_code', sa.String(length=64), nullable=True),
    sa.Column('error_message', sa.Text(), nullable=True),
    sa.Column('acked_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('mutation_id', name=op.f('pk_outbox')),
    # AUTOINCREMENT: a mutation id must never be reused after old rows are pruned, or the
    # server would take a new change for a replay of an old one.
    sqlite_autoincrement=True,
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )
    op.create_table('campaign_target',
    sa.Column('campaign_id', sa.String(length=36), nullable=False),
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('letter_sent_on', sa.Date(), nullable=True),
    sa.Column('added_from', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_target_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_campaign_target_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_target')),
    sa.UniqueConstraint('campaign_id', 'company_id', name='uq_campaign_target_pair')
    )
    with op.batch_alter_table('campaign_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_target_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_target_company_id'), ['company_id'], unique=False)

    op.create_table('contact',
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_contact_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_company_id'), ['company_id'], unique=False)

    op.create_table('note',
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('author_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_note_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_company_id'), ['company_id'], unique=False)

    op.create_table('visit',
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('hunter_id', sa.String(length=36), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('contact_id', sa.String(length=36), nullable=True),
    sa.Column('trades', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('places', sa.JSON(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('next_step', sa.String(length=300), nullable=True),
    sa.Column('next_step_on', sa.Date(), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_visit_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_visit_company_id_company')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_visit_contact_id_contact')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_visit_event_id_event')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index('ix_visit_company_when', ['company_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_event_id'), ['event_id'], unique=False)
        batch_op.create_index('ix_visit_hunter_when', ['hunter_id', 'occurred_at'], unique=False)
        batch_op.create_index('ix_visit_when', ['occurred_at'], unique=False)

    op.create_table('followup',
    sa.Column('company_id', sa.String(length=36), nullable=False),
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('assignee_id', sa.String(length=36), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_followup_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_followup_company_id_company')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_followup_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup'))
    )
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.create_index('ix_followup_assignee_status_due', ['assignee_id', 'status', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_company_id'), ['company_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followup_visit_id'), ['visit_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('followup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followup_visit_id'))
        batch_op.drop_index(batch_op.f('ix_followup_company_id'))
        batch_op.drop_index(batch_op.f('ix_followup_campaign_id'))
        batch_op.drop_index('ix_followup_assignee_status_due')

    op.drop_table('followup')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_when')
        batch_op.drop_index('ix_visit_hunter_when')
        batch_op.drop_index(batch_op.f('ix_visit_event_id'))
        batch_op.drop_index('ix_visit_company_when')
        batch_op.drop_index(batch_op.f('ix_visit_campaign_id'))

    op.drop_table('visit')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_company_id'))

    op.drop_table('note')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_company_id'))

    op.drop_table('contact')
    with op.batch_alter_table('campaign_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_target_company_id'))
        batch_op.drop_index(batch_op.f('ix_campaign_target_campaign_id'))

    op.drop_table('campaign_target')
    op.drop_table('sync_state')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_record_id'))

    op.drop_table('outbox')
    op.drop_table('local_profile')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_subject'))

    op.drop_table('goal')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_hunter_id'))

    op.drop_table('event')
    with op.batch_alter_table('company', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_stage'))
        batch_op.drop_index(batch_op.f('ix_company_parent_orgnr'))
        batch_op.drop_index(batch_op.f('ix_company_owner_id'))
        batch_op.drop_index('ix_company_name')
        batch_op.drop_index(batch_op.f('ix_company_municipality_number'))
        batch_op.drop_index(batch_op.f('ix_company_lb_status'))
        batch_op.drop_index(batch_op.f('ix_company_last_contact_at'))
        batch_op.drop_index(batch_op.f('ix_company_industry_code'))
        batch_op.drop_index(batch_op.f('ix_company_county_number'))

    op.drop_table('company')
    op.drop_table('campaign')
    op.drop_table('app_user')
    
